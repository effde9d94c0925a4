package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.Folders;

/** Messages that say what to type, on a copy of the small fixture site with one mistake each. */
class SuggestionMessagesTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");

    @TempDir
    Path folder;

    /** Builds the small site with {@code from} replaced by {@code to} in {@code file}; returns the errors. */
    private List<String> errorsAfter(String file, String from, String to) throws Exception {
        Path content = Folders.copy(SMALL_SITE, folder.resolve("content"));
        Path path = content.resolve(file);
        String text = Files.readString(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(file + " lacks " + from);
        }
        Files.writeString(path, text.replace(from, to));
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), content, folder.resolve("site"), false, ""), true);
        return result.diagnostics().errors().stream().map(Diagnostic::format).map(line -> line.replace(content + "/", "")).toList();
    }

    @Test
    void relatedNamingAFaqEntrySuggestsFaqPrefix() throws Exception {
        assertEquals(List.of("articles/treatment.md:6: related entry 'is-it-painful' is not a known article; it is a FAQ entry: "
                        + "write 'faq:is-it-painful'"),
                errorsAfter("articles/treatment.md", "related: [basics]", "related: [basics, is-it-painful]"));
    }

    @Test
    void anArticleLinkToAFaqFileNamesItsPath() throws Exception {
        assertEquals(List.of("articles/treatment.md:9: link 'is-it-painful.md' points to unknown article 'is-it-painful': "
                        + "it is a FAQ entry: link '../faq/is-it-painful.md'"),
                errorsAfter("articles/treatment.md", "Read [[basics]] first.", "Read [this](is-it-painful.md) first."));
    }

    @Test
    void aFaqLinkToAnArticleFileNamesItsPath() throws Exception {
        assertEquals(List.of("faq/is-it-painful.md:7: link 'basics.md' points to unknown FAQ entry 'basics': "
                        + "it is an article: link '../articles/basics.md'"),
                errorsAfter("faq/is-it-painful.md", "Most people", "See [basics](basics.md). Most people"));
    }

    @Test
    void aLinkWithoutExtensionSuggestsTheFileName() throws Exception {
        assertEquals(List.of("articles/treatment.md:9: link 'basics' is not a content file: link the Markdown source ('basics.md')"),
                errorsAfter("articles/treatment.md", "Read [[basics]] first.", "Read [the basics](basics) first."));
    }

    @Test
    void anUnquotedColonInATitleSuggestsQuotes() throws Exception {
        assertEquals(List.of("articles/basics.md:2: invalid YAML in front matter: mapping values are not allowed here; "
                        + "a value containing ': ' must be quoted: title: \"Basics: chronic pain\""),
                errorsAfter("articles/basics.md", "title: Basics of chronic pain", "title: Basics: chronic pain"));
    }

    @Test
    void aBrokenLinkInRawHtmlIsReportedOnceAtItsLine() throws Exception {
        assertEquals(List.of("articles/treatment.md:12: link 'basic.md' points to unknown article 'basic' (did you mean 'basics.md'?)"),
                errorsAfter("articles/treatment.md", "Read [[basics]] first.",
                        "Read [[basics]] first.\n\n<p>Or the\n<a href=\"basic.md\">short version</a>.</p>"));
    }

    @Test
    void aLinkInRawHtmlIsRewrittenLikeAMarkdownLink() throws Exception {
        assertEquals(List.of(), errorsAfter("articles/treatment.md", "Read [[basics]] first.",
                "Read [[basics]] first.\n\n<p>Or the <a href=\"basics.md\">basics</a>, "
                        + "<a href=\"../faq/is-it-painful.md\">the FAQ</a> and <a href=\"https://example.org/\">elsewhere</a>.</p>"));
        org.jsoup.nodes.Document page = Jsoup.parse(folder.resolve("site/intl/articles/treatment/index.html").toFile());
        assertEquals(List.of("../../articles/basics/", "../../faq/#is-it-painful", "https://example.org/"),
                page.select("main p:contains(Or the) a").eachAttr("href"));
    }
}
