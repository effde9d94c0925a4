package org.sitegen.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.testing.BuiltSite;

/** Each edition speaks its region's language: interface strings, dates, numbers, direction and hreflang. */
class EditionLanguageTest {
    private static final String ARTICLE = "title: Nerve blocks\nsummary: What a nerve block is.\ndate: 2026-03-18\n"
            + "reviewed: 2026-04-02\nreviewer: Dr. A. Example\naudience: patient\ntags: [procedures]";
    private static final String BODY = "## What it is\n\nAn injection near a nerve.\n\n## How it feels\n\nBrief pressure.\n\n"
            + "## Afterwards\n\nRest for the day.";

    @Test
    void turkishEditionSpeaksTurkishAndArabicEditionIsRightToLeft(@TempDir Path temp) {
        LanguageFixture fixture = new LanguageFixture(temp)
                .region("tr", "Türkiye", "tr-TR", "")
                .region("sa", "السعودية", "ar-SA", "messages:\n  frame.nav_faq: أسئلة\n")
                .article("nerve-blocks", ARTICLE, BODY);
        BuildResult result = fixture.build("https://care.example/");
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        BuiltSite site = new BuiltSite(fixture.output);

        Document tr = site.page("tr/articles/nerve-blocks/index.html");
        assertEquals("tr-TR", tr.selectFirst("html").attr("lang"));
        assertEquals("ltr", tr.selectFirst("html").attr("dir"));
        assertEquals("Yayımlanma tarihi: 18 Mart 2026 · Hastalar için", tr.selectFirst(".meta").text());
        assertEquals("Dr. A. Example tarafından 2 Nisan 2026 tarihinde tıbbi açıdan incelendi.", tr.selectFirst(".reviewed").text());
        assertEquals("Bu sayfada", tr.selectFirst("#toc-title").text());
        assertEquals("Ana içeriğe geç", tr.selectFirst(".skip-link").text());
        assertEquals("Türkiye için önemli bilgiler", tr.selectFirst("#disclaimer-title").text());
        assertEquals(List.of("Makaleler", "SSS", "Sözlük", "Konular"), tr.select(".site-nav a").eachText());
        assertEquals("Ana sayfa", tr.selectFirst(".breadcrumbs a").text());

        Document intl = site.page("intl/articles/nerve-blocks/index.html");
        assertEquals("Published March 18, 2026 · For patients", intl.selectFirst(".meta").text());
        assertEquals("Medically reviewed by Dr. A. Example on April 2, 2026.", intl.selectFirst(".reviewed").text());

        Document sa = site.page("sa/articles/nerve-blocks/index.html");
        assertEquals("ar-SA", sa.selectFirst("html").attr("lang"));
        assertEquals("rtl", sa.selectFirst("html").attr("dir"));
        assertEquals("en auto", sa.selectFirst("article .body").attr("lang") + " " + sa.selectFirst("article .body").attr("dir"),
                "an untranslated page's English text keeps its own direction inside the right-to-left edition");
        assertEquals("تاريخ النشر: ١٨ مارس ٢٠٢٦ · للمرضى", sa.selectFirst(".meta").text());
        assertEquals("أسئلة", sa.select(".site-nav a").get(1).text(), "the region's own file overrides one string");
        assertEquals("المقالات", sa.select(".site-nav a").get(0).text());
        assertEquals("(١)", site.page("sa/tags/index.html").selectFirst(".tag-list .count").text(), "numbers in the edition's digits");

        // hreflang: absolute with --base-url, the language shown there, x-default to the default region
        assertEquals(List.of("en https://care.example/intl/articles/nerve-blocks/", "en-SA https://care.example/sa/articles/nerve-blocks/",
                        "en-TR https://care.example/tr/articles/nerve-blocks/",
                        "x-default https://care.example/intl/articles/nerve-blocks/"),
                tr.select("link[rel=alternate][hreflang]").stream().map(l -> l.attr("hreflang") + " " + l.attr("href")).toList());
        assertEquals("../../../sa/articles/nerve-blocks/", tr.selectFirst(".region-switcher a[hreflang=en-SA]").attr("href"),
                "the visible switcher stays relative");
        assertEquals("ar-SA", tr.selectFirst(".region-switcher a[hreflang=en-SA]").attr("lang"), "the region's name is in its language");

        Document chooser = site.page("index.html");
        assertEquals("en", chooser.selectFirst("html").attr("lang"));
        assertEquals("https://care.example/intl/", chooser.selectFirst("link[hreflang=x-default]").attr("href"));
        assertEquals("السعودية", chooser.selectFirst("a[data-region=sa]").text());
        assertEquals("ar-SA", chooser.selectFirst("a[data-region=sa]").attr("lang"));
    }

    @Test
    void aLanguageWithoutMessageFileFailsNamingTheFile(@TempDir Path temp) {
        LanguageFixture fixture = new LanguageFixture(temp)
                .region("kl", "Kalaallit Nunaat", "kl-GL", "")
                .article("nerve-blocks", ARTICLE, BODY);
        BuildResult result = fixture.build();
        assertFalse(result.ok());
        assertEquals(List.of(fixture.content.resolve("regions/kl.md") + ":3: no interface strings for language 'kl-GL': "
                        + "templates/messages/kl.properties does not exist (message files exist for ar, de, en, es, fr, it, ja, nl, pl, "
                        + "pt, tr, zh); add it with every key of templates/messages/en.properties"),
                result.diagnostics().errors().stream().map(Diagnostic::format).toList());
    }

    @Test
    void aRegionOverridingAnUnknownStringIsAnError(@TempDir Path temp) {
        LanguageFixture fixture = new LanguageFixture(temp)
                .region("tr", "Türkiye", "tr-TR", "messages:\n  frame.nav_fqa: SSS\n")
                .article("nerve-blocks", ARTICLE, BODY);
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("regions/tr.md") + ":4: unknown interface string 'frame.nav_fqa' "
                        + "(did you mean 'frame.nav_faq'?)"),
                result.diagnostics().errors().stream().map(Diagnostic::format).toList());
    }
}
