package org.sitegen.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sitegen.model.GlossaryEntry;

/** {@link GlossaryLinker}: first occurrences linked, with an accessible tooltip, never where a link does not belong. */
class GlossaryLinkerTest {
    private static final List<GlossaryEntry> ENTRIES = List.of(
            GlossaryMatcherTest.entry("facet-joint", "Facet joint", List.of(), null),
            GlossaryMatcherTest.entry("nerve-block", "Nerve block", List.of(), null),
            GlossaryMatcherTest.entry("spinal-cord-stimulation", "Spinal cord stimulation", List.of(), "SCS"));

    private final GlossaryLinker linker;

    GlossaryLinkerTest() {
        Map<String, GlossaryEntry> bySlug = new LinkedHashMap<>();
        ENTRIES.forEach(e -> bySlug.put(e.slug(), e));
        linker = new GlossaryLinker(new GlossaryMatcher(ENTRIES), bySlug);
    }

    private Element link(String html, Set<String> linked) {
        Element body = Jsoup.parseBodyFragment(html).body();
        linker.link(body, linked, slug -> "../../glossary/#" + slug, "p1-");
        return body;
    }

    @Test
    void firstOccurrenceOnlyIsLinked() {
        Set<String> linked = new HashSet<>();
        Element body = link("<p>A facet joint is small. Each facet joint moves.</p><p>Facet joints again.</p>", linked);
        assertEquals(1, body.select("a[data-term=facet-joint]").size(), body::html);
        assertEquals("facet joint", body.selectFirst("a[data-term]").text());
        assertEquals("A facet joint is small. Each facet joint moves. Facet joints again.", textWithoutTips(body),
                "the text is kept; only the tooltip is added");
        assertEquals(Set.of("facet-joint"), linked);
    }

    @Test
    void termsAlreadyLinkedOnThePageAreNotLinkedAgain() {
        Set<String> linked = new HashSet<>(Set.of("facet-joint"));
        Element body = link("<p>The facet joint and a nerve block.</p>", linked);
        assertEquals(List.of("nerve-block"), body.select("a[data-term]").eachAttr("data-term"));
        assertEquals(Set.of("facet-joint", "nerve-block"), linked);
    }

    @Test
    void linkCarriesHrefAndAccessibleTooltip() {
        Element body = link("<p>Ask about SCS.</p>", new HashSet<>());
        Element a = body.selectFirst("a[data-term=spinal-cord-stimulation]");
        assertNotNull(a, body::html);
        assertEquals("SCS", a.text());
        assertEquals("../../glossary/#spinal-cord-stimulation", a.attr("href"));
        String tipId = a.attr("aria-describedby");
        assertEquals("p1-gt-spinal-cord-stimulation", tipId);
        Element tip = body.getElementById(tipId);
        assertNotNull(tip, "aria-describedby points to an element on the page");
        assertEquals("tooltip", tip.attr("role"));
        assertEquals("Spinal cord stimulation is a term.", tip.text());
        assertEquals(a.parent(), tip.parent(), "link and tooltip are wrapped together");
        assertTrue(a.parent().hasClass("term"));
    }

    @Test
    void nothingIsLinkedInsideHeadingsLinksCodeOrNoGloss() {
        Set<String> linked = new HashSet<>();
        Element body = link("""
                <h2>Facet joint pain</h2>
                <h3>Nerve block</h3>
                <p><a href="x">a facet joint link</a> <code>nerve block</code></p>
                <pre>SCS facet joint</pre>
                <p class="no-gloss">facet joint</p>
                <p><span class="no-gloss">nerve block</span> and <em>SCS</em></p>
                """, linked);
        assertEquals(List.of("spinal-cord-stimulation"), body.select("a[data-term]").eachAttr("data-term"), body::html);
        assertEquals("em", body.selectFirst("a[data-term]").parent().parent().normalName(), "linked inside <em>, the only allowed place");
        assertEquals(Set.of("spinal-cord-stimulation"), linked);
    }

    @Test
    void severalTermsInOneTextAreLinkedInOrder() {
        Element body = link("<p>A nerve block near a facet joint, then SCS, then a nerve block.</p>", new HashSet<>());
        assertEquals(List.of("nerve-block", "facet-joint", "spinal-cord-stimulation"), body.select("a[data-term]").eachAttr("data-term"));
        assertEquals("A nerve block near a facet joint, then SCS, then a nerve block.", textWithoutTips(body));
    }

    private static String textWithoutTips(Element body) {
        Element copy = body.clone();
        copy.select("[role=tooltip]").remove();
        return copy.text();
    }
}
