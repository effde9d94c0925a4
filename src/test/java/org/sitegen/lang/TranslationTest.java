package org.sitegen.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.testing.BuiltSite;

/** Translation files next to their sources, and each region's policies for missing and outdated translations. */
class TranslationTest {
    private static final String SOURCE_FRONT = "title: Nerve blocks\nsummary: What a nerve block is.\ndate: 2026-03-18\n"
            + "reviewed: 2026-04-02\nreviewer: Dr. A. Example\ntags: [procedures]";
    private static final String SOURCE_BODY = "A nerve block is an injection near a nerve.\n\n## How it feels\n\nBrief pressure.";
    private static final String SOURCE = "---\n" + SOURCE_FRONT + "\n---\n\n" + SOURCE_BODY + "\n";
    private static final String OTHER = "---\ntitle: Recovery\nsummary: After a procedure.\ndate: 2026-03-01\n---\n\n"
            + "Rest for a day. See [[nerve-blocks]].\n";

    private static String translation(String fingerprint) {
        return "---\ntitle: Sinir blokları\nsummary: Sinir bloğunun ne olduğu.\ntranslated_from: " + fingerprint + "\n---\n\n"
                + "Sinir bloğu, bir sinirin yakınına yapılan bir enjeksiyondur.\n\n## Nasıl hissettirir?\n\nKısa bir baskı.\n";
    }

    private static LanguageFixture fixture(Path temp, String trPolicies) {
        return new LanguageFixture(temp)
                .region("tr", "Türkiye", "tr-TR", trPolicies)
                .write("articles/nerve-blocks.md", SOURCE)
                .write("articles/recovery.md", OTHER);
    }

    @Test
    void aCurrentTranslationIsPublishedInTheEditionsLanguage(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "").write("articles/nerve-blocks.tr.md", translation(Fingerprint.ofText(SOURCE)));
        BuiltSite site = fixture.built();
        Document tr = site.page("tr/articles/nerve-blocks/index.html");
        assertEquals("Sinir blokları", tr.selectFirst("h1").text());
        assertEquals("Sinir bloğunun ne olduğu.", tr.selectFirst(".summary").text());
        assertEquals("tr-TR", tr.selectFirst("html").attr("lang"));
        assertFalse(tr.selectFirst("article .body").hasAttr("lang"));
        assertTrue(tr.select(".translation-notice").isEmpty());
        assertEquals("how-it-feels", tr.selectFirst(".body h2").id(), "headings keep the source's ids, so links to them work in every language");
        assertEquals("Nasıl hissettirir?", tr.selectFirst(".body h2").text());
        assertEquals("Yayımlanma tarihi: 18 Mart 2026", tr.selectFirst(".meta").text(), "dates come from the source");
        assertEquals("Nerve blocks", site.page("tr/articles/recovery/index.html").selectFirst(".body a[href$=nerve-blocks/]").text(),
                "a page shown untranslated names its links' targets in its own language");
        assertEquals("Nerve blocks", site.page("intl/articles/nerve-blocks/index.html").selectFirst("h1").text());
        assertEquals(List.of("en", "tr-TR", "x-default"), tr.select("link[rel=alternate]").eachAttr("hreflang"));
        assertEquals(List.of(fixture.content.resolve("articles/nerve-blocks.tr.md").toString()), sourceOf(site, "tr"),
                "release.json names the file the page was published from");
        assertEquals(List.of(fixture.content.resolve("articles/nerve-blocks.md").toString()), sourceOf(site, "intl"));
    }

    private static List<String> sourceOf(BuiltSite site, String edition) {
        try {
            var pages = new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.read(edition + "/release.json")).get("pages");
            List<String> sources = new java.util.ArrayList<>();
            pages.forEach(p -> {
                if (p.get("path").asText().equals("articles/nerve-blocks/index.html")) {
                    sources.add(p.get("source").asText());
                }
            });
            return sources;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anOutdatedTranslationUnderNoticeLinksToTheCurrentVersion(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "").write("articles/nerve-blocks.tr.md", translation("0123456789ab"));
        Document tr = fixture.built().page("tr/articles/nerve-blocks/index.html");
        assertEquals("Sinir blokları", tr.selectFirst("h1").text());
        assertEquals("Bu sayfanın özgün metni, çeviri yapıldıktan sonra değişti. Özgün metin en son 2 Nisan 2026 tarihinde tıbbi açıdan "
                + "incelendi. Güncel sürümü okuyun (İngilizce)",
                tr.selectFirst(".translation-notice").text());
        assertEquals("../../../intl/articles/nerve-blocks/", tr.selectFirst(".translation-notice a").attr("href"));
        assertEquals("en", tr.selectFirst(".translation-notice a").attr("hreflang"));
    }

    @Test
    void anOutdatedTranslationUnderSourceShowsTheSource(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "outdated_translation: source\n").write("articles/nerve-blocks.tr.md", translation("0123456789ab"));
        Document tr = fixture.built().page("tr/articles/nerve-blocks/index.html");
        assertEquals("Nerve blocks", tr.selectFirst("h1").text());
        assertEquals("en", tr.selectFirst("article .body").attr("lang"));
        assertEquals("tr-TR", tr.selectFirst("html").attr("lang"), "the interface stays in the edition's language");
        assertEquals("Bu sayfanın çevirisi güncelleniyor; o zamana kadar özgün dilinde gösteriliyor.",
                tr.selectFirst(".translation-notice").text());
        assertEquals(List.of("en", "en-TR", "x-default"), tr.select("link[rel=alternate]").eachAttr("hreflang"),
                "hreflang is the language of the page shown");
    }

    @Test
    void anOutdatedTranslationUnderFailStopsTheBuild(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "outdated_translation: fail\n").write("articles/nerve-blocks.tr.md", translation("0123456789ab"));
        BuildResult result = fixture.build();
        assertFalse(result.ok());
        String path = fixture.content.resolve("articles/nerve-blocks.tr.md").toString();
        assertEquals(List.of(path + ":4: outdated translation: " + fixture.content.resolve("articles/nerve-blocks.md")
                + " changed after it was translated (translated_from 0123456789ab, now " + Fingerprint.ofText(SOURCE)
                + "), and region 'tr' publishes no outdated translation (outdated_translation: fail); update the translation, then run "
                + "'java -jar target/sitegen.jar translations --stamp " + path + "'"), LanguageFixture.errors(result));
    }

    @Test
    void aMissingTranslationUnderSourceIsPublishedInTheSourceLanguageWithANotice(@TempDir Path temp) {
        Document tr = fixture(temp, "").built().page("tr/articles/nerve-blocks/index.html");
        assertEquals("Nerve blocks", tr.selectFirst("h1").text());
        assertEquals(List.of("en", "en", "en"), List.of(tr.selectFirst("h1").attr("lang"), tr.selectFirst(".summary").attr("lang"),
                tr.selectFirst("article .body").attr("lang")), "the page's own words are marked with their language");
        assertEquals("auto", tr.selectFirst("article .body").attr("dir"), "and take their own direction in a right-to-left edition");
        assertFalse(tr.selectFirst(".meta").hasAttr("lang"), "the interface around them stays in the edition's language");
        assertEquals("en", tr.selectFirst(".breadcrumbs [aria-current=page]").attr("lang"));
        assertEquals("Bu sayfa henüz Türkçeye çevrilmedi; özgün dilinde gösteriliyor.", tr.selectFirst(".translation-notice").text());
        assertFalse(tr.selectFirst(".translation-notice").hasAttr("lang"), "the notice is in the edition's language");
    }

    @Test
    void aMissingTranslationUnderOmitLeavesThePageOut(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "untranslated: omit\n").write("articles/recovery.tr.md",
                "---\ntitle: İyileşme\nsummary: İşlemden sonra.\ntranslated_from: " + Fingerprint.ofText(OTHER) + "\n---\n\n"
                        + "Bir gün dinlenin. Bkz. [[nerve-blocks]].\n");
        BuiltSite site = fixture.built();
        assertFalse(site.exists("tr/articles/nerve-blocks/index.html"));
        Document recovery = site.page("tr/articles/recovery/index.html");
        assertEquals("İyileşme", recovery.selectFirst("h1").text());
        assertTrue(recovery.select(".body a[href*=nerve-blocks]").isEmpty(), "a link to a page the edition leaves out is plain text");
        assertTrue(site.exists("intl/articles/nerve-blocks/index.html"));
    }

    @Test
    void aTranslationSettingAKeyThatDoesNotCarryWordsIsAnError(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "").write("articles/nerve-blocks.tr.md",
                translation(Fingerprint.ofText(SOURCE)).replace("translated_from:", "date: 2026-05-01\ntranslated_from:"));
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("articles/nerve-blocks.tr.md") + ":4: 'date' cannot be set in a translation: "
                + "it comes from the source, " + fixture.content.resolve("articles/nerve-blocks.md") + "; a translation carries only title, "
                + "summary, translated_from and its text"), LanguageFixture.errors(result));
    }

    @Test
    void aTranslationWithoutTranslatedFromIsAnError(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "").write("articles/nerve-blocks.tr.md",
                translation("x").replace("translated_from: x\n", ""));
        BuildResult result = fixture.build();
        String path = fixture.content.resolve("articles/nerve-blocks.tr.md").toString();
        assertEquals(List.of(path + ":1: missing 'translated_from': once the translation matches its source, stamp it with "
                + "'java -jar target/sitegen.jar translations --stamp " + path + "'"), LanguageFixture.errors(result));
    }

    @Test
    void aTranslationWhoseHeadingsDifferFromTheSourceIsAnError(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "").write("articles/nerve-blocks.tr.md",
                translation(Fingerprint.ofText(SOURCE)).replace("## Nasıl", "### Nasıl"));
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("articles/nerve-blocks.tr.md") + ":1: the headings do not match the source's: "
                + fixture.content.resolve("articles/nerve-blocks.md") + " has 1 (##), the translation 1 (###); translate every heading, "
                + "in the same order and at the same level, so that links to them work in every language"), LanguageFixture.errors(result));
    }

    @Test
    void aTranslationOfAFileThatDoesNotExistIsAnError(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp, "").write("articles/nerve-blok.tr.md", translation("0123456789ab"));
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("articles/nerve-blok.tr.md") + ":1: translation of a file that does not exist: "
                + fixture.content.resolve("articles/nerve-blok.md") + "; a translation sits next to its source as <slug>.<lang>.md"),
                LanguageFixture.errors(result));
    }

    @Test
    void aJapaneseTranslationLinksItsGlossaryTermsWithoutWordBoundaries(@TempDir Path temp) {
        String glossary = "---\nterm: Nerve block\n---\n\nAn injection of numbing medicine around a nerve.\n";
        LanguageFixture fixture = fixture(temp, "").region("jp", "日本", "ja-JP", "")
                .write("glossary/nerve-block.md", glossary)
                .write("glossary/nerve-block.ja.md", "---\nterm: 神経ブロック\ntranslated_from: " + Fingerprint.ofText(glossary)
                        + "\n---\n\n神経の周りに麻酔薬を注射することです。\n")
                .write("articles/nerve-blocks.ja.md", "---\ntitle: 神経ブロック\nsummary: 神経ブロックとは何か。\ntranslated_from: "
                        + Fingerprint.ofText(SOURCE) + "\n---\n\n腰の神経ブロックは注射です。\n\n## 感じ方\n\n短い圧迫感があります。\n");
        BuiltSite site = fixture.built();
        Document jp = site.page("jp/articles/nerve-blocks/index.html");
        assertEquals("ja-JP", jp.selectFirst("html").attr("lang"));
        assertEquals("神経ブロック", jp.selectFirst(".body a[data-term=nerve-block]").text(), "matched inside a run of letters");
        assertEquals("神経の周りに麻酔薬を注射することです。", jp.selectFirst(".body .term-tip").text(), "the tooltip is the Japanese definition");
        assertEquals("2026年3月18日公開", jp.selectFirst(".meta").text());
        Document glossaryPage = site.page("jp/glossary/index.html");
        assertEquals("神経ブロック", glossaryPage.selectFirst("#nerve-block dfn").text());
    }

    @Test
    void anOutdatedGlossaryTranslationCarriesANotice(@TempDir Path temp) {
        String glossary = "---\nterm: Nerve block\n---\n\nAn injection of numbing medicine around a nerve.\n";
        LanguageFixture fixture = fixture(temp, "")
                .write("glossary/nerve-block.md", glossary)
                .write("glossary/nerve-block.tr.md", "---\nterm: Sinir bloğu\ntranslated_from: 0123456789ab\n---\n\n"
                        + "Bir sinirin çevresine uyuşturucu ilaç verilmesidir.\n");
        Document tr = fixture.built().page("tr/glossary/index.html");
        assertEquals("Sinir bloğu", tr.selectFirst("#nerve-block dfn").text());
        assertEquals("Bu maddenin özgün metni, çeviri yapıldıktan sonra değişti. Güncel sürümü okuyun (İngilizce)",
                tr.selectFirst("#nerve-block .translation-notice").text());
        assertEquals("../../intl/glossary/#nerve-block", tr.selectFirst("#nerve-block .translation-notice a").attr("href"));
    }

    @Test
    void theFingerprintIgnoresLineEndings() throws IOException {
        assertEquals(Fingerprint.ofText("a\nb\n"), Fingerprint.ofText("a\r\nb\r\n"));
        assertEquals(Fingerprint.ofText("a\nb\n"), Fingerprint.ofText("a\rb\r"));
        assertEquals(12, Fingerprint.ofText("a").length());
        // the first 12 hex digits of SHA-256("a\n")
        assertEquals("87428fc52280", Fingerprint.ofText("a\r\n"));
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
