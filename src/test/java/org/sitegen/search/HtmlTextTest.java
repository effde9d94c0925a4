package org.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void blocksAreSeparatedInlineTagsAreNotAndTooltipsAreLeftOut() {
        String html = "<h2 id=\"a\">Heat</h2><p>A <span class=\"term\"><a href=\"../g/#rfa\" title=\"x > y\">RF ablation</a>"
                + "<span role=\"tooltip\" id=\"gt-rfa\" class=\"term-tip\">Radiofrequency ablation is a procedure.</span></span>"
                + " uses <em>heat</em>.</p><ul><li>one</li><li>two &amp; three&nbsp;four</li></ul><p>&lt;b&gt;dry&lt;/b&gt;</p>";
        assertEquals("Heat A RF ablation uses heat. one two & three\u00a0four <b>dry</b>", HtmlText.of(html));
    }
}
