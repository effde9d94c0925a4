package org.sitegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The word diff: changed words with a few words of context, far-apart changes as separate hunks. */
class DiffWordTest {
    private final WordDiff words = new WordDiff(3);

    private List<String> diff(String before, String after) {
        return words.diff(before, after).stream().map(TextReport::text).toList();
    }

    @Test
    void sameWordsNoHunks() {
        assertEquals(List.of(), diff("a  b c", "a b\nc"));
    }

    @Test
    void changeInTheMiddleKeepsContextAndMarksTruncation() {
        assertEquals(List.of("...four five six [-seven-] {+SEVEN+} eight nine ten..."),
                diff("one two three four five six seven eight nine ten eleven", "one two three four five six SEVEN eight nine ten eleven"));
    }

    @Test
    void changesAtTheEdges() {
        assertEquals(List.of("{+Zero+} one two three..."), diff("one two three four", "Zero one two three four"));
        assertEquals(List.of("...two three four [-five-]"), diff("one two three four five", "one two three four"));
    }

    @Test
    void farApartChangesAreSeparateHunksNearOnesOne() {
        String before = "a b c d e f g h i j k l m n o p";
        assertEquals(List.of("[-a-] {+A+} b c d...", "...m n o [-p-] {+P+}"), diff(before, "A b c d e f g h i j k l m n o P"));
        assertEquals(List.of("...c d e [-f-] {+F+} g h [-i-] {+I+} j k l..."), diff(before, "a b c d e F g h I j k l m n o p"));
    }

    @Test
    void readsPageFactsTolerantly() {
        PageFacts facts = new PageFactsReader().read("""
                <html><head><title>T</title></head><body>
                <nav class="region-switcher">Region: US</nav>
                <main><p>Body <b>text</b></p><script>var x;</script>
                <p data-reviewed="2026-01-02">Reviewed</p><p class="next-review">Due <time datetime="2027-01-02">2 Jan</time></p>
                <aside id="regulatory-disclaimer"><p>Disclaimer.</p><ul><li data-product="p1" data-status="approved">P1 ok.</li></ul></aside>
                </main></body></html>""");
        assertEquals(new PageFacts("T", "Body text Reviewed Due 2 Jan", "Disclaimer.", List.of(new ProductLine("p1", "approved", "P1 ok.")),
                "2026-01-02", "2027-01-02"), facts);
        assertEquals(new PageFacts("", "", "", List.of(), "", ""), new PageFactsReader().read(""));
    }

    @Test
    void sameVisibleMarkupNeedsTheSameTitleMainAndDisclaimer() {
        String page = "<html><head><title>T</title>%s</head><body>%s<main><p>Body</p></main>"
                + "<aside id=\"regulatory-disclaimer\"><p>D</p></aside></body></html>";
        SameVisibleMarkup same = new SameVisibleMarkup();
        assertEquals(true, same.test(page.formatted("", ""), page.formatted("<meta name=\"x\">", "<header>New header</header>")));
        assertEquals(false, same.test(page.formatted("", ""), page.formatted("", "").replace("Body", "Bode")));
        assertEquals(false, same.test(page.formatted("", ""), page.formatted("", "").replace("<p>D", "<p>E")));
        assertEquals(false, same.test(page.formatted("", ""), page.formatted("", "<p data-reviewed=\"2026-01-01\"></p>")), "a date outside main");
        assertEquals(false, same.test("<p>no main</p>", "<p>no main</p>"), "cannot tell: parse");
    }
}
