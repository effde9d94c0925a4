package org.sitegen.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.testing.BuiltSite;

/**
 * What a reader of a translated edition sees word for word: phrases kept plain, notices that say only what is known,
 * English text inside Turkish pages marked with its language, and topic names that tell topics apart.
 */
class TranslatedEditionTextTest {
    private static final String ARTICLE = "---\ntitle: Nerve blocks\nsummary: What a nerve block is.\ndate: 2026-03-18\n"
            + "tags: [procedures]\n---\n\nA nerve block is an injection near a nerve. Narrowing from [[plain:spinal stenosis]] "
            + "can press on a nerve.\n";
    private static final String RECOVERY = "---\ntitle: Recovery\nsummary: After a procedure.\ndate: 2026-03-01\n"
            + "tags: [procedures]\n---\n\nRest for a day after a facet joint injection.\n";
    private static final String NERVE_BLOCK = "---\nterm: Nerve block\nsee_also: [facet-joint]\n---\n\n"
            + "An injection of numbing medicine around a nerve.\n";
    private static final String FACET_JOINT = "---\nterm: Facet joint\n---\n\nA small joint between two vertebrae. It guides movement.\n";
    private static final String FAQ = "---\ntitle: Where is the injection given?\ntopic: Safety\n---\n\n"
            + "Often into a facet joint, under imaging.\n";

    private static LanguageFixture fixture(Path temp) {
        return new LanguageFixture(temp)
                .region("tr", "Türkiye", "tr-TR", "")
                .write("articles/nerve-blocks.md", ARTICLE)
                .write("articles/nerve-blocks.tr.md", "---\ntitle: Sinir blokları\nsummary: Sinir bloğunun ne olduğu.\ntranslated_from: "
                        + Fingerprint.ofText(ARTICLE) + "\n---\n\nSinir bloğu, bir sinirin yakınına yapılan bir enjeksiyondur. "
                        + "[[plain:Spinal stenoz]] kaynaklı daralma bir sinire baskı yapabilir.\n")
                .write("articles/recovery.md", RECOVERY)
                .write("glossary/nerve-block.md", NERVE_BLOCK)
                .write("glossary/nerve-block.tr.md", "---\nterm: Sinir bloğu\ntranslated_from: " + Fingerprint.ofText(NERVE_BLOCK)
                        + "\n---\n\nBir sinirin çevresine uyuşturucu ilaç verilmesidir.\n")
                .write("glossary/facet-joint.md", FACET_JOINT)
                .write("faq/where-is-it-given.md", FAQ)
                .write("faq/where-is-it-given.tr.md", "---\ntitle: Enjeksiyon nereye yapılır?\ntopic: Güvenlik\ntranslated_from: "
                        + Fingerprint.ofText(FAQ) + "\n---\n\nÇoğu zaman görüntüleme eşliğinde bir facet joint içine.\n");
    }

    @Test
    void aPlainPhraseShowsOnlyItsWordsInEveryEdition(@TempDir Path temp) {
        BuiltSite site = fixture(temp).built();
        Element intl = site.page("intl/articles/nerve-blocks/index.html").selectFirst(".body .no-gloss");
        assertEquals("<span class=\"no-gloss\">spinal stenosis</span>", intl.outerHtml());
        Element tr = site.page("tr/articles/nerve-blocks/index.html").selectFirst(".body .no-gloss");
        assertEquals("<span class=\"no-gloss\">Spinal stenoz</span>", tr.outerHtml());
        Element body = site.page("tr/articles/nerve-blocks/index.html").selectFirst(".body p");
        body.select("[role=tooltip]").remove();
        assertEquals("Sinir bloğu, bir sinirin yakınına yapılan bir enjeksiyondur. Spinal stenoz kaynaklı daralma bir sinire "
                + "baskı yapabilir.", body.text());
    }

    @Test
    void theTurkishGlossaryMarksEnglishTitlesAndTermsAndSaysWhichEntriesAreNotTranslated(@TempDir Path temp) {
        Document glossary = fixture(temp).built().page("tr/glossary/index.html");
        Element facetJoint = glossary.getElementById("facet-joint");
        assertEquals("en", facetJoint.attr("lang"));
        assertEquals("Bu madde henüz Türkçeye çevrilmedi; özgün dilinde gösteriliyor.", facetJoint.selectFirst(".translation-notice").text());
        assertEquals("tr-TR", facetJoint.selectFirst(".translation-notice").attr("lang"));
        Element usedIn = facetJoint.selectFirst(".used-in a");
        assertEquals("Recovery", usedIn.text());
        assertEquals("en", usedIn.attr("lang"), "an untranslated page's English title inside the Turkish list");
        assertEquals("auto", usedIn.attr("dir"));

        Element nerveBlock = glossary.getElementById("nerve-block");
        assertFalse(nerveBlock.hasAttr("lang"));
        assertTrue(nerveBlock.select(".translation-notice").isEmpty(), "a current translation has no notice");
        Element seeAlso = nerveBlock.selectFirst(".see-also a");
        assertEquals("Facet joint", seeAlso.text());
        assertEquals("en", seeAlso.attr("lang"), "an untranslated term's English name inside the Turkish list");
        Element usedInTranslated = nerveBlock.selectFirst(".used-in a");
        assertEquals("Sinir blokları", usedInTranslated.text());
        assertFalse(usedInTranslated.hasAttr("lang"));
    }

    @Test
    void anOutdatedGlossaryEntryShownInTheSourceSaysSoAsAnEntry(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp).region("tr", "Türkiye", "tr-TR", "outdated_translation: source\n")
                .write("glossary/nerve-block.tr.md", "---\nterm: Sinir bloğu\ntranslated_from: 0123456789ab\n---\n\n"
                        + "Bir sinirin çevresine uyuşturucu ilaç verilmesidir.\n");
        Element entry = fixture.built().page("tr/glossary/index.html").getElementById("nerve-block");
        assertEquals("Nerve block", entry.selectFirst("dfn").text());
        assertEquals("en", entry.attr("lang"));
        assertEquals("Bu maddenin çevirisi güncelleniyor; o zamana kadar özgün dilinde gösteriliyor.",
                entry.selectFirst(".translation-notice").text());
    }

    @Test
    void anEnglishDefinitionInATurkishAnswerIsMarkedEnglish(@TempDir Path temp) {
        Document faq = fixture(temp).built().page("tr/faq/index.html");
        Element tip = faq.selectFirst("#where-is-it-given .term-tip");
        assertEquals("A small joint between two vertebrae.", tip.text());
        assertEquals("en", tip.attr("lang"));
        assertEquals("auto", tip.attr("dir"));
    }

    @Test
    void faqStructuredDataHasTheAnswerWithoutTooltips(@TempDir Path temp) {
        Document faq = fixture(temp).built().page("intl/faq/index.html");
        assertEquals("A small joint between two vertebrae.", faq.selectFirst(".term-tip").text(), "the page has the tooltip");
        String json = faq.select("script[type=application/ld+json]").stream().map(Element::data)
                .filter(d -> d.contains("FAQPage")).findFirst().orElseThrow();
        assertTrue(json.contains("\"text\":\"Often into a facet joint, under imaging.\""), json);
    }

    @Test
    void anOutdatedTranslationNamesTheOriginalsReviewDateAsSuch(@TempDir Path temp) {
        String reviewed = ARTICLE.replace("date: 2026-03-18\n", "date: 2026-03-18\nreviewed: 2026-04-02\n");
        Document tr = fixture(temp).write("articles/nerve-blocks.md", reviewed).built().page("tr/articles/nerve-blocks/index.html");
        assertEquals("Bu sayfanın özgün metni, çeviri yapıldıktan sonra değişti. Özgün metin en son 2 Nisan 2026 tarihinde tıbbi açıdan "
                + "incelendi. Güncel sürümü okuyun (İngilizce)", tr.selectFirst(".translation-notice").text());
    }

    @Test
    void anOutdatedTranslationOfAnUnreviewedOriginalGivesNoDate(@TempDir Path temp) {
        Document tr = fixture(temp).write("articles/nerve-blocks.md", ARTICLE.replace("near a nerve.", "close to a nerve."))
                .built().page("tr/articles/nerve-blocks/index.html");
        assertEquals("Bu sayfanın özgün metni, çeviri yapıldıktan sonra değişti. Güncel sürümü okuyun (İngilizce)",
                tr.selectFirst(".translation-notice").text(), "the publication date is not when the text changed: no date is claimed");
    }

    @Test
    void twoTopicsGivenOneNameAreAnError(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp).write("site.tr.md", "---\ntitle: Deneme\ntopics:\n  procedures: İşlemler\n"
                + "translated_from: " + Fingerprint.ofText("---\ntitle: Pain Care Test\nowner: Test Publisher\n---\n") + "\n---\n")
                .write("faq/where-is-it-given.tr.md", "---\ntitle: Enjeksiyon nereye yapılır?\ntopic: işlemler\ntranslated_from: "
                        + Fingerprint.ofText(FAQ) + "\n---\n\nÇoğu zaman görüntüleme eşliğinde.\n");
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("faq/where-is-it-given.tr.md") + ":3: the topics 'procedures' and 'Safety' are both "
                + "named 'işlemler' in language 'tr' (" + fixture.content.resolve("site.tr.md") + ":4 and "
                + fixture.content.resolve("faq/where-is-it-given.tr.md") + ":3): readers would see the same heading over different "
                + "pages; give each topic its own name"), LanguageFixture.errors(result));
    }

    @Test
    void anUppercaseFingerprintIsAskedForInLowercase(@TempDir Path temp) {
        LanguageFixture fixture = fixture(temp).write("articles/nerve-blocks.tr.md", "---\ntitle: Sinir blokları\n"
                + "summary: Sinir bloğunun ne olduğu.\ntranslated_from: " + Fingerprint.ofText(ARTICLE).toUpperCase(java.util.Locale.ROOT)
                + "\n---\n\nSinir bloğu.\n");
        BuildResult result = fixture.build();
        assertEquals(List.of(fixture.content.resolve("articles/nerve-blocks.tr.md") + ":4: 'translated_from' must be the 12 lowercase "
                + "hexadecimal digits that 'java -jar target/sitegen.jar translations' prints for "
                + fixture.content.resolve("articles/nerve-blocks.md") + ", not '" + Fingerprint.ofText(ARTICLE).toUpperCase(java.util.Locale.ROOT)
                + "'"), LanguageFixture.errors(result));
    }

    @Test
    void theChoosersRememberedChoiceIsWordedByTheMessageFile(@TempDir Path temp) {
        BuiltSite site = fixture(temp).built();
        assertEquals("(your last choice)", site.page("index.html").selectFirst("nav.region-chooser").attr("data-last-choice"));
        assertFalse(site.read("js/region.js").contains("last choice"), "the script shows the page's words, never its own");
    }
}
