package org.sitegen.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.markdown.MarkdownConverter;
import org.sitegen.model.Article;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.model.SourceLink;
import org.sitegen.testing.TestContent;

/** {@link LinkResolver}: links as editors write them, resolved against a small site. */
class LinkResolverTest {
    private static final Article RFA = TestContent.article("radiofrequency-ablation",
            "title: Radiofrequency ablation\nsummary: Heat on nerves.\ndate: 2026-02-16",
            "Intro.\n\n## Risks\n\nSome.\n\n## Who may be a candidate\n\nSome people.");
    private static final Article LADDER = TestContent.article("pain-ladder",
            "title: The pain ladder\nsummary: Steps.\ndate: 2026-01-19", "## The stepwise pain ladder\n\nSteps.");
    private static final SiteIndex INDEX = new SiteIndex(new SiteContent(org.sitegen.testing.TestContent.SITE, 
            List.of(LADDER, RFA),
            List.of(TestContent.faq("what-are-the-risks", "title: What are the risks?\ntopic: Safety", "Some risks."),
                    TestContent.faq("can-i-drive-home", "title: Can I drive home?\ntopic: Safety", "No.")),
            List.of(TestContent.glossary("facet-joint", "term: Facet joint", "A facet joint is a joint.")),
            List.of(), List.of(), Optional.empty()));

    private final LinkResolver resolver = new LinkResolver(INDEX);

    private static SourceLink markdown(String href) {
        int hash = href.indexOf('#');
        return new SourceLink(SourceLink.Syntax.MARKDOWN, hash < 0 ? href : href.substring(0, hash), hash < 0 ? "" : href.substring(hash + 1), 7);
    }

    private static SourceLink shorthand(String target, String anchor) {
        return new SourceLink(SourceLink.Syntax.SHORTHAND, target, anchor, 7);
    }

    private static Resolution resolved(PageId page, String anchor) {
        return new Resolution.Resolved(new LinkTarget(page, anchor));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource(delimiter = '|', textBlock = """
            articles | radiofrequency-ablation.md                          | ARTICLE  | radiofrequency-ablation |
            articles | ./radiofrequency-ablation.md#risks                  | ARTICLE  | radiofrequency-ablation | risks
            articles | ../articles/pain-ladder.md#the-stepwise-pain-ladder | ARTICLE  | pain-ladder             | the-stepwise-pain-ladder
            articles | ../faq/what-are-the-risks.md                        | FAQ      | what-are-the-risks      |
            articles | ../faq/what-are-the-risks.md#what-are-the-risks     | FAQ      | what-are-the-risks      |
            articles | ../glossary/facet-joint.md                          | GLOSSARY | facet-joint             |
            faq      | can-i-drive-home.md                                 | FAQ      | can-i-drive-home        |
            faq      | ../articles/radiofrequency-ablation.md#who-may-be-a-candidate | ARTICLE | radiofrequency-ablation | who-may-be-a-candidate
            glossary | ../faq/can-i-drive-home.md                          | FAQ      | can-i-drive-home        |
            """)
    void relativeMarkdownLinksResolveFromTheSourceFolder(String folder, String href, PageId.Kind kind, String slug, String anchor) {
        assertEquals(resolved(new PageId(kind, slug), anchor == null ? "" : anchor), resolver.resolve(PageId.article("x"), folder, markdown(href)));
    }

    @Test
    void anchorOnlyLinkPointsToTheSamePage() {
        assertEquals(resolved(RFA.id(), "risks"), resolver.resolve(RFA.id(), "articles", markdown("#risks")));
        assertEquals(new Resolution.Broken("link #nope points to unknown heading '#nope' in radiofrequency-ablation"),
                resolver.resolve(RFA.id(), "articles", markdown("#nope")));
        assertEquals(new Resolution.Broken("a '#risks' link needs a page"), resolver.resolve(null, "articles", markdown("#risks")));
    }

    @ParameterizedTest(name = "{1} from {0}")
    @CsvSource(delimiter = '|', textBlock = """
            articles | radiofrequency-ablation.md#risk     | link 'radiofrequency-ablation.md' points to unknown heading '#risk' in radiofrequency-ablation (did you mean 'risks'?)
            articles | what-are-the-risks.md               | link 'what-are-the-risks.md' points to unknown article 'what-are-the-risks': it is a FAQ entry: link '../faq/what-are-the-risks.md'
            faq      | radiofrequency-ablation.md          | link 'radiofrequency-ablation.md' points to unknown FAQ entry 'radiofrequency-ablation': it is an article: link '../articles/radiofrequency-ablation.md'
            articles | radiofrequency-ablaton.md           | link 'radiofrequency-ablaton.md' points to unknown article 'radiofrequency-ablaton' (did you mean 'radiofrequency-ablation.md'?)
            articles | ../faq/what-are-the-risk.md         | link '../faq/what-are-the-risk.md' points to unknown FAQ entry 'what-are-the-risk' (did you mean '../faq/what-are-the-risks.md'?)
            articles | radiofrequency-ablation             | link 'radiofrequency-ablation' is not a content file: link the Markdown source ('radiofrequency-ablation.md')
            articles | ../faq/what-are-the-risks          | link '../faq/what-are-the-risks' is not a content file: link the Markdown source ('../faq/what-are-the-risks.md')
            articles | ../faq/can-i-drive-home.md#answer   | link '../faq/can-i-drive-home.md' has anchor '#answer', but only articles have heading anchors
            articles | ../../README.md                     | link '../../README.md' points outside the articles, faq, glossary and pages folders
            articles | ../regions/us.md                    | link '../regions/us.md' points outside the articles, faq, glossary and pages folders
            articles | radiofrequency-ablation.html        | link 'radiofrequency-ablation.html' is not a content file: link the Markdown source (for example 'x.md' or '../faq/x.md')
            articles | /articles/radiofrequency-ablation/  | link '/articles/radiofrequency-ablation/' is an absolute path into the output: link the source file instead, e.g. 'radiofrequency-ablation.md' or [[radiofrequency-ablation]]
            articles | /faq/                              | link '/faq/' is an absolute path into the output: link the source file instead, e.g. 'x.md' or [[x]]
            """)
    void brokenMarkdownLinksSayWhy(String folder, String href, String message) {
        assertEquals(new Resolution.Broken(message), resolver.resolve(PageId.article("x"), folder, markdown(href)));
    }

    @Test
    void shorthandsResolveWithAndWithoutText() {
        Diagnostics diagnostics = new Diagnostics();
        List<SourceLink> links = new MarkdownConverter(org.sitegen.sanitize.HtmlAllowlist.article()).convert("content/articles/x.md", """
                See [[radiofrequency-ablation]], [[faq:what-are-the-risks|the risks]],
                [[radiofrequency-ablation#who-may-be-a-candidate|candidates]], [[glossary:facet-joint]]
                and [[plain:spinal stenosis]].
                """, 6, diagnostics).links();
        assertEquals(List.of(), diagnostics.all());
        List<Resolution> resolutions = links.stream().map(l -> resolver.resolve(PageId.article("x"), "articles", l)).toList();
        assertEquals(List.of(
                resolved(RFA.id(), ""),
                resolved(PageId.faq("what-are-the-risks"), ""),
                resolved(RFA.id(), "who-may-be-a-candidate"),
                resolved(PageId.glossary("facet-joint"), ""),
                new Resolution.Plain()), resolutions);
    }

    @ParameterizedTest(name = "[[{0}]]")
    @CsvSource(delimiter = '|', textBlock = """
            foo:bar                   |        | malformed link [[foo:bar]]: use [[slug]], [[faq:slug]], [[glossary:slug]], [[page:slug]] or [[plain:text]]
            radiofrequency-ablaton    |        | link [[radiofrequency-ablaton]] points to unknown article 'radiofrequency-ablaton' (did you mean 'radiofrequency-ablation'?)
            Radiofrequency-Ablation   |        | link [[Radiofrequency-Ablation]] points to unknown article 'Radiofrequency-Ablation' (did you mean 'radiofrequency-ablation'?)
            faq:can-i-drive-hom       |        | link [[faq:can-i-drive-hom]] points to unknown FAQ entry 'can-i-drive-hom' (did you mean 'faq:can-i-drive-home'?)
            glossary:facet-joints     |        | link [[glossary:facet-joints]] points to unknown glossary entry 'facet-joints' (did you mean 'glossary:facet-joint'?)
            page:about                |        | link [[page:about]] points to unknown site page 'about'
            completely-unrelated-page |        | link [[completely-unrelated-page]] points to unknown article 'completely-unrelated-page'
            radiofrequency-ablation   | risk   | link [[radiofrequency-ablation]] points to unknown heading '#risk' in radiofrequency-ablation (did you mean 'risks'?)
            faq:can-i-drive-home      | answer | link [[faq:can-i-drive-home]] has anchor '#answer', but only articles have heading anchors
            """)
    void brokenShorthandsSayWhy(String target, String anchor, String message) {
        assertEquals(new Resolution.Broken(message), resolver.resolve(PageId.article("x"), "articles", shorthand(target, anchor == null ? "" : anchor)));
    }

    @Test
    void plainTextIsNeverALink() {
        assertInstanceOf(Resolution.Plain.class, resolver.resolve(PageId.article("x"), "articles", shorthand("plain:anything at all", "")));
    }

    @Test
    void normalizeCollapsesDotSegments() {
        assertEquals("faq/x.md", org.sitegen.model.RelativePaths.normalize("articles/../faq/./x.md"));
        assertEquals("articles/x.md", org.sitegen.model.RelativePaths.normalize("articles//x.md"));
        assertEquals("../x.md", org.sitegen.model.RelativePaths.normalize("articles/../../x.md"));
    }
}
