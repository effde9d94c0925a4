package org.sitegen.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.markdown.MarkdownConverter;

/** Front matter texts reach the feed and sitemap: characters XML 1.0 does not allow are errors with file and line. */
class XmlCharactersTest {
    private final ContentReader reader = new ContentReader(new FrontMatterSchema(), new MarkdownConverter(org.sitegen.sanitize.HtmlAllowlist.article()));

    private List<String> errors(String relative, String text) {
        Diagnostics diagnostics = new Diagnostics();
        reader.read("content/" + relative, relative, text, diagnostics);
        return diagnostics.errors().stream().map(Diagnostic::format).toList();
    }

    @Test
    void anEscapedControlCharacterInATitleIsAnError() {
        assertEquals(List.of("content/articles/x.md:2: title contains a character XML does not allow (U+0001)"),
                errors("articles/x.md", "---\ntitle: \"Bad\\x01title\"\nsummary: S.\ndate: 2026-01-02\n---\n\nText.\n"));
    }

    @Test
    void aNonCharacterInASummaryIsAnError() {
        assertEquals(List.of("content/articles/x.md:3: summary contains a character XML does not allow (U+FFFE)"),
                errors("articles/x.md", "---\ntitle: T\nsummary: \"Bad \\uFFFE\"\ndate: 2026-01-02\n---\n\nText.\n"));
    }

    @Test
    void aLoneSurrogateInATagIsAnError() {
        assertEquals(List.of("content/articles/x.md:5: tags contains a character XML does not allow (U+D800)"),
                errors("articles/x.md", "---\ntitle: T\nsummary: S.\ndate: 2026-01-02\ntags: [ok, \"\\uD800\"]\n---\n\nText.\n"));
    }

    @Test
    void aRegionNameIsCheckedToo() {
        assertEquals(List.of("content/regions/eu.md:2: name contains a character XML does not allow (U+001B)"),
                errors("regions/eu.md", "---\nname: \"EU\\e\"\nlang: en\n---\n\nA disclaimer.\n"));
    }

    @Test
    void anUnescapedCharacterIsAnErrorAtItsLine() {
        assertEquals(List.of("content/articles/x.md:3: front matter contains a character XML does not allow (U+0001)"),
                errors("articles/x.md", "---\ntitle: T\nsummary: Bad \u0001 summary\ndate: 2026-01-02\n---\n\nText.\n"));
    }

    @Test
    void tabsNewlinesAndAstralCharactersAreFine() {
        assertEquals(List.of(), errors("articles/x.md", "---\ntitle: \"Tab\\there 😀 Işık\"\nsummary: S.\ndate: 2026-01-02\n---\n\nText.\n"));
    }

    @Test
    void aRegionCodeThatIsAFolderOfTheOutputIsReserved() {
        assertEquals(List.of("content/regions/js.md: region code 'js' is reserved for a folder of the output "
                        + "(articles, assets, css, faq, fonts, glossary, images, img, js, media, search, tags): rename the file"),
                errors("regions/js.md", "---\nname: JS\nlang: en\n---\n\nA disclaimer.\n"));
    }
}
