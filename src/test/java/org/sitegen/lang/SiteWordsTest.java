package org.sitegen.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.testing.BuiltSite;

/**
 * The site's own words in each edition's language: topics stay the source's and take their names from the
 * translations (site.&lt;lang&gt;.md and the FAQ translations' topic), the site's title and tagline, and site pages.
 */
class SiteWordsTest {
    private static final String SITE = "---\ntitle: Pain Care Test\nowner: Test Publisher\ntagline: Plain answers about pain care.\n---\n";
    private static final String HURT = "---\ntitle: Does it hurt?\ntopic: Safety\n---\n\nMost people feel pressure.\n";
    private static final String BLEED = "---\ntitle: Can it bleed?\ntopic: Safety\n---\n\nBleeding is rare.\n";
    private static final String ABOUT = "---\ntitle: About us\nsummary: Who writes this site.\n---\n\nA small team of clinicians.\n";
    private static final String CONTACT = "---\ntitle: Contact\nsummary: How to reach us.\n---\n\nWrite to the editors.\n";

    private static LanguageFixture fixture(Path temp) {
        return new LanguageFixture(temp)
                .write("site.md", SITE)
                .region("tr", "Türkiye", "tr-TR", "")
                .article("nerve-blocks", "title: Nerve blocks\nsummary: What a nerve block is.\ndate: 2026-03-18\ntags: [procedures, safety]",
                        "A nerve block is an injection near a nerve.")
                .write("faq/does-it-hurt.md", HURT)
                .write("faq/can-it-bleed.md", BLEED)
                .write("faq/does-it-hurt.tr.md", "---\ntitle: Acıtır mı?\ntopic: Güvenlik\ntranslated_from: " + Fingerprint.ofText(HURT)
                        + "\n---\n\nÇoğu kişi yalnızca baskı hisseder.\n");
    }

    private static String siteTranslation(String front) {
        return "---\n" + front + "\ntranslated_from: " + Fingerprint.ofText(SITE) + "\n---\n";
    }

    @Test
    void faqEntriesAreGroupedByTheSourcesTopicUnderItsTranslatedName(@TempDir Path temp) {
        BuiltSite site = fixture(temp).built();
        Document faq = site.page("tr/faq/index.html");
        assertEquals(List.of("Güvenlik"), faq.select(".faq-topic h2").eachText(),
                "the translated entry and the untranslated one share their source's topic");
        assertEquals(List.of("does-it-hurt", "can-it-bleed"), faq.select(".faq-topic .answer").eachAttr("id"), "by question as shown");
        assertFalse(faq.selectFirst(".faq-topic h2").hasAttr("lang"), "the name is in the edition's language");
        assertEquals("../tags/safety/", faq.selectFirst(".faq-topic .more a").attr("href"));
        Document tags = site.page("tr/tags/index.html");
        assertEquals(List.of("Güvenlik ../tags/safety/", "Procedures ../tags/procedures/"),
                tags.select(".tag-list a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
        assertFalse(site.exists("tr/tags/guvenlik/index.html"), "a translated name is no topic of its own");
        assertEquals("Güvenlik", site.page("tr/tags/safety/index.html").selectFirst("h1").text());
        assertEquals(2, site.page("tr/tags/safety/index.html").select(".questions li").size());
        assertEquals(List.of("Güvenlik"), site.page("tr/index.html").select(".topic-group h2").eachText()
                .stream().filter(t -> !t.equals("Procedures")).toList());
        assertEquals(List.of("Safety"), site.page("intl/faq/index.html").select(".faq-topic h2").eachText(),
                "the source's edition keeps the source's name");
    }

    @Test
    void aTopicWithoutANameInTheEditionsLanguageIsShownInTheSourcesWithItsLang(@TempDir Path temp) {
        BuiltSite site = fixture(temp).built();
        Document article = site.page("tr/articles/nerve-blocks/index.html");
        assertEquals(List.of("Procedures en", "Güvenlik "), article.select(".tags a").stream()
                .map(a -> a.text() + " " + a.attr("lang")).toList());
        Document tag = site.page("tr/tags/procedures/index.html");
        assertEquals("en", tag.selectFirst("h1").attr("lang"));
        assertEquals("en", tag.selectFirst(".breadcrumbs [aria-current=page]").attr("lang"));
        assertEquals("Konular", tag.selectFirst(".breadcrumbs li:nth-child(2) a").text());
        assertFalse(tag.selectFirst(".breadcrumbs li:nth-child(2) a").hasAttr("lang"));
        assertEquals("en", site.page("tr/tags/index.html").selectFirst(".tag-list a[href$=procedures/]").attr("lang"));
        assertEquals("en", site.page("tr/index.html").selectFirst("#topic-procedures").attr("lang"));
        assertFalse(site.page("intl/tags/procedures/index.html").selectFirst("h1").hasAttr("lang"));
    }

    @Test
    void twoTranslationsGivingOneTopicDifferentNamesIsAnError(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp).write("faq/can-it-bleed.tr.md", "---\ntitle: Kanar mı?\ntopic: Emniyet\ntranslated_from: "
                + Fingerprint.ofText(BLEED) + "\n---\n\nKanama seyrektir.\n");
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("faq/does-it-hurt.tr.md") + ":3: the topic 'Safety' is named 'Güvenlik' here but "
                + "'Emniyet' in " + fixture.content.resolve("faq/can-it-bleed.tr.md") + ":3: a topic has one name in each language; "
                + "give both the same name"), LanguageFixture.errors(result));
    }

    @Test
    void theSiteTranslationNamesTopicsTagsAndTheSiteItself(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp).write("site.tr.md", siteTranslation("title: Ağrı Bakımı Denemesi\n"
                + "tagline: Ağrı tedavisi üzerine sade yanıtlar.\ntopics:\n  procedures: İşlemler\n  Safety: Güvenlik"));
        BuiltSite site = fixture.built();
        Document home = site.page("tr/index.html");
        assertEquals("Ağrı Bakımı Denemesi", home.selectFirst("h1").text());
        assertFalse(home.selectFirst("h1").html().contains("lang="));
        assertEquals("Ağrı Bakımı Denemesi", home.selectFirst(".site-title").text());
        assertTrue(home.title().startsWith("Ağrı Bakımı Denemesi"), home.title());
        assertEquals("Ağrı tedavisi üzerine sade yanıtlar.", home.selectFirst("meta[name=description]").attr("content"));
        assertTrue(home.selectFirst(".site-footer p").text().startsWith("Ağrı Bakımı Denemesi: "), home.selectFirst(".site-footer p").text());
        Document article = site.page("tr/articles/nerve-blocks/index.html");
        assertEquals(List.of("İşlemler ", "Güvenlik "), article.select(".tags a").stream().map(a -> a.text() + " " + a.attr("lang")).toList(),
                "tags are named by the site translation");
        assertEquals(List.of("Güvenlik", "İşlemler"), site.page("tr/tags/index.html").select(".tag-list a").eachText(),
                "sorted by the edition's collation");
        Document intl = site.page("intl/index.html");
        assertEquals("Pain Care Test", intl.selectFirst("h1").text());
        assertEquals("Plain answers about pain care.", intl.selectFirst("meta[name=description]").attr("content"));
        assertEquals(List.of("Procedures", "Safety"), site.page("intl/tags/index.html").select(".tag-list a").eachText());
    }

    @Test
    void withoutASiteTranslationTheSitesTitleIsMarkedAsTheSources(@TempDir Path temp) {
        BuiltSite site = fixture(temp).built();
        Document home = site.page("tr/index.html");
        assertEquals("<span lang=\"en\" dir=\"auto\">Pain Care Test</span>", home.selectFirst("h1").html());
        assertEquals("en", home.selectFirst(".site-title span").attr("lang"));
        assertEquals("en", home.selectFirst(".site-footer p span").attr("lang"));
        assertEquals("Sağlık hizmetleri hakkında, klinisyenlerin incelediği eğitim amaçlı yazılar ve yanıtlar.",
                home.selectFirst("meta[name=description]").attr("content"), "an untranslated tagline gives way to the interface's words");
    }

    @Test
    void aSiteTranslationNamingAnUnknownTopicIsAnError(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp).write("site.tr.md", siteTranslation("title: Deneme\ntopics:\n  procedures: İşlemler\n  safty: Güvenlik"));
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("site.tr.md") + ":5: 'topics' names 'safty', which is no topic of the site "
                + "(did you mean 'safety'?): the topics are the article tags and FAQ topics of the source, procedures, safety"), LanguageFixture.errors(result));
    }

    @Test
    void theSiteTranslationAndAFaqTranslationGivingOneTopicDifferentNamesIsAnError(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp).write("site.tr.md", siteTranslation("title: Deneme\ntopics: {safety: Emniyet}"));
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("faq/does-it-hurt.tr.md") + ":3: the topic 'Safety' is named 'Güvenlik' here but "
                + "'Emniyet' in " + fixture.content.resolve("site.tr.md") + ":3: a topic has one name in each language; "
                + "give both the same name"), LanguageFixture.errors(result));
    }

    @Test
    void aSiteTranslationCarriesOnlyWords(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp).write("site.tr.md", siteTranslation("title: Deneme\nowner: Deneme Yayıncılık") + "\nMetin.\n");
        BuildResult result = fixture.build();
        String path = fixture.content.resolve("site.tr.md").toString();
        assertEquals(List.of(path + ":3: 'owner' cannot be set in a translation: it comes from the source, " + fixture.content.resolve("site.md")
                        + "; a translation carries only title, tagline, topics, translated_from",
                path + ":7: site.md holds settings only: a translation of it has only front matter; remove the text below it"),
                LanguageFixture.errors(result));
    }

    @Test
    void sitePagesAreTranslatedLikeArticles(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp)
                .write("pages/about.md", ABOUT)
                .write("pages/contact.md", CONTACT)
                .write("pages/about.tr.md", "---\ntitle: Hakkımızda\nsummary: Bu siteyi kimin yazdığı.\ntranslated_from: "
                        + Fingerprint.ofText(ABOUT) + "\n---\n\nKüçük bir klinisyen ekibi.\n");
        BuiltSite site = fixture.built();
        Document about = site.page("tr/about/index.html");
        assertEquals("Hakkımızda", about.selectFirst("h1").text());
        assertTrue(about.select(".translation-notice").isEmpty());
        assertEquals(List.of("Contact en", "Hakkımızda "), about.select(".footer-nav a").stream()
                .map(a -> a.text() + " " + a.attr("lang")).toList(), "footer titles in the edition's language, or marked as the source's");
        Document contact = site.page("tr/contact/index.html");
        assertEquals("Bu sayfa henüz Türkçeye çevrilmedi; özgün dilinde gösteriliyor.", contact.selectFirst(".translation-notice").text());
        assertEquals(List.of("About us", "Contact"), site.page("intl/about/index.html").select(".footer-nav a").eachText());
        assertTrue(site.read("tr/release.json").contains(fixture.content.resolve("pages/about.tr.md").toString()),
                "release.json names the translation the page was published from");
    }

    @Test
    void anOutdatedSitePageTranslationCarriesANoticeAndUnderOmitAnUntranslatedOneIsLeftOut(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp)
                .region("tr", "Türkiye", "tr-TR", "untranslated: omit\n")
                .write("pages/about.md", ABOUT)
                .write("pages/contact.md", CONTACT)
                .write("pages/about.tr.md", "---\ntitle: Hakkımızda\nsummary: Bu siteyi kimin yazdığı.\ntranslated_from: 0123456789ab\n---\n\n"
                        + "Küçük bir klinisyen ekibi.\n");
        BuiltSite site = fixture.built();
        Document about = site.page("tr/about/index.html");
        assertEquals("Hakkımızda", about.selectFirst("h1").text());
        assertEquals("Bu sayfanın özgün metni, çeviri yapıldıktan sonra değişti. Güncel sürümü okuyun (İngilizce)",
                about.selectFirst(".translation-notice").text());
        assertEquals("../../intl/about/", about.selectFirst(".translation-notice a").attr("href"));
        assertFalse(site.exists("tr/contact/index.html"));
        assertEquals(List.of("Hakkımızda"), about.select(".footer-nav a").eachText());
    }
}
