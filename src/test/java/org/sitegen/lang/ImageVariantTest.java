package org.sitegen.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.testing.BuiltSite;

/** A diagram's language variant ({@code x.tr.svg} beside {@code x.svg}) in the pages shown in that language. */
class ImageVariantTest {
    private static final String ARTICLE = "---\ntitle: Steps\nsummary: The steps of care.\ndate: 2026-03-18\n---\n\n"
            + "![Three steps rising to the right](../images/steps.svg)\n";
    private static final String OTHER = "---\ntitle: More steps\nsummary: More of them.\ndate: 2026-03-19\n---\n\n"
            + "![Three steps rising to the right](../images/steps.svg)\n";

    private static String svg(String label, int width) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " 100\" width=\"" + width + "\" height=\"100\">"
                + "<text x=\"10\" y=\"50\">" + label + "</text></svg>\n";
    }

    @Test
    void pagesShownInALanguageShowItsVariantOfAnImage(@TempDir Path temp) {
        LanguageFixture fixture = new LanguageFixture(temp)
                .region("tr", "Türkiye", "tr-TR", "")
                .write("images/steps.svg", svg("Steps", 300))
                .write("images/steps.tr.svg", svg("Basamaklar", 320))
                .write("articles/steps.md", ARTICLE)
                .write("articles/more-steps.md", OTHER)
                .write("articles/steps.tr.md", "---\ntitle: Basamaklar\nsummary: Bakımın basamakları.\ntranslated_from: "
                        + Fingerprint.ofText(ARTICLE) + "\n---\n\n![Sağa doğru yükselen üç basamak](../images/steps.svg)\n");
        BuildResult result = fixture.build();
        assertTrue(result.ok() && result.diagnostics().all().isEmpty(), () -> result.diagnostics().all().toString());
        BuiltSite site = new BuiltSite(fixture.output);
        Element tr = site.page("tr/articles/steps/index.html").selectFirst(".body img");
        assertTrue(tr.attr("src").matches("\\.\\./\\.\\./\\.\\./images/steps-tr\\.[0-9a-f]{10}\\.svg"), tr.attr("src"));
        assertEquals(List.of("320", "100"), List.of(tr.attr("width"), tr.attr("height")), "the variant's own size");
        assertTrue(site.read(BuiltSite.resolve("tr/articles/steps/index.html", tr.attr("src")).orElseThrow().file()).contains("Basamaklar"));
        Element intl = site.page("intl/articles/steps/index.html").selectFirst(".body img");
        assertTrue(intl.attr("src").matches("\\.\\./\\.\\./\\.\\./images/steps\\.[0-9a-f]{10}\\.svg"), intl.attr("src"));
        assertEquals(intl.attr("src"), site.page("tr/articles/more-steps/index.html").selectFirst(".body img").attr("src"),
                "a page the edition shows untranslated keeps the source's image, as its alt text is the source's");
    }
}
