package org.sitegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sitegen.glossary.GlossaryLinker;
import org.sitegen.glossary.GlossaryMatcher;
import org.sitegen.link.LinkResolver;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.Article;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.PageId;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;
import org.sitegen.testing.TestContent;

/** {@link BodyProcessor}: one body turned into each edition's HTML, with the terms and targets each edition shows. */
class BodyProcessorTest {
    private static final Article MAIN = TestContent.article("main", "title: Main\nsummary: S.\ndate: 2026-01-01", "Body.");
    private static final Article OTHER = TestContent.article("other-page", "title: Other page\nsummary: S.\ndate: 2026-01-01", "Body.");
    private static final GlossaryEntry FACET = TestContent.glossary("facet-joint", "term: Facet joint", "A facet joint is a joint.");
    private static final GlossaryEntry NERVE = TestContent.glossary("nerve-block", "term: Nerve block", "A nerve block numbs a nerve.");

    private final BodyProcessor processor;
    private final LinkResolver resolver;

    BodyProcessorTest() {
        SiteIndex index = new SiteIndex(new SiteContent(org.sitegen.testing.TestContent.SITE, List.of(MAIN, OTHER), List.of(), List.of(FACET, NERVE), List.of(), List.of(), Optional.empty()));
        Map<String, GlossaryEntry> entries = new LinkedHashMap<>(index.glossary());
        resolver = new LinkResolver(index);
        processor = new BodyProcessor(index, new GlossaryLinker(new GlossaryMatcher(List.of(FACET, NERVE)), entries));
    }

    private static Edition edition(String code, Set<PageId> pages) {
        Region region = new Region(code, "content/regions/" + code + ".md", code, "en", code.equals("us"), Map.of(),
                Region.UnavailablePolicy.OMIT, Map.of(), "<p>Disclaimer.</p>", org.sitegen.model.KeyLines.NONE, Map.of(),
                Region.UntranslatedPolicy.SOURCE, Region.OutdatedPolicy.NOTICE);
        return new Edition(region, pages, Map.of());
    }

    private static final Edition US = edition("us", Set.of(MAIN.id(), OTHER.id()));
    private static final Edition EU = edition("eu", Set.of(MAIN.id()));

    private ProcessedBody process(String markdown) {
        Article article = TestContent.article("main", "title: Main\nsummary: S.\ndate: 2026-01-01", markdown);
        List<org.sitegen.link.Resolution> links = article.body().links().stream()
                .map(link -> resolver.resolve(article.id(), "articles", link)).toList();
        return processor.process(article.id(), article.body().html(), Urls.article("main"), true, null, "", List.of(US, EU), links);
    }

    private static Element html(ProcessedBody body, String code) {
        return Jsoup.parseBodyFragment(body.html().get(code)).body();
    }

    @Test
    void linksAreRewrittenRelativeToThePageAndPlainWhereTheTargetIsAbsent() {
        ProcessedBody body = process("See [[other-page]] and [its part](other-page.md).");
        Element us = html(body, "us");
        assertEquals(List.of("../../articles/other-page/", "../../articles/other-page/"), us.select("a").eachAttr("href"));
        assertEquals(List.of("Other page", "its part"), us.select("a").eachText());
        Element eu = html(body, "eu");
        assertTrue(eu.select("a").isEmpty(), eu::html);
        assertEquals("See Other page and its part.", eu.text());
        assertEquals(Set.of(OTHER.id()), body.targets().get("us"));
        assertEquals(Set.of(), body.targets().get("eu"));
        assertTrue(us.select("[data-line], [data-wiki], [data-target], [data-auto-text]").isEmpty(), us::html);
    }

    @Test
    void regionPassagesAreKeptOnlyInTheirEditions() {
        ProcessedBody body = process("Everyone.\n\n::: region eu\nOnly Europe.\n:::\n");
        assertEquals("Everyone.", html(body, "us").text());
        assertEquals("Everyone. Only Europe.", html(body, "eu").text());
        assertTrue(html(body, "eu").select("[data-region-block]").isEmpty());
    }

    @Test
    void termsOfEachEditionAreTheTermsLinkedInItsHtml() {
        ProcessedBody body = process("""
                A nerve block and a facet joint.

                ::: region us
                Ask about the [[glossary:facet-joint|joint]].
                :::
                """);
        for (String code : List.of("us", "eu")) {
            Element html = html(body, code);
            Set<String> linked = Set.copyOf(html.select("a[data-term]").eachAttr("data-term"));
            assertEquals(linked, body.terms().get(code), code + ": " + html.html());
        }
        assertEquals(Set.of("nerve-block", "facet-joint"), body.terms().get("eu"), "the passage that names the term explicitly is not in eu");
    }
}
