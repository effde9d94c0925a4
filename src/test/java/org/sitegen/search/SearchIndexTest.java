package org.sitegen.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.FolderSnapshot;
import org.sitegen.testing.BuiltSite;

/** The search index the build writes for the fixture site {@code src/test/resources/sites/search}, read back. */
class SearchIndexTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/search");
    private static final String HEAT = "../articles/heat-treatment/";
    private static final String DEVICES = "../articles/implanted-devices/";

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        site = temp.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), FIXTURE, site, false, ""), true);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
    }

    private static BuiltIndex index(String edition) {
        return new BuiltIndex(site.resolve(edition + "/search"));
    }

    @Test
    void everyBodyWordIsIndexedWithItsPage() {
        BuiltIndex intl = index("intl");
        assertEquals(List.of(DEVICES), intl.urlsOfWord("quixotically"), "a word that occurs once, in one body");
        assertEquals(List.of(DEVICES), intl.urlsOfWord("airport"));
        assertTrue(intl.urlsOfWord("needle").contains(HEAT));
        assertTrue(intl.urlsOfWord("injection").contains("../faq/#does-it-hurt"), "FAQ answers are indexed");
        assertTrue(intl.urlsOfWord("implanted").contains("../glossary/#spinal-cord-stimulation"), "glossary definitions are indexed");
    }

    @Test
    void stopWordsAreLeftOutAndStemsJoinWordForms() {
        BuiltIndex intl = index("intl");
        assertFalse(intl.vocabulary.containsKey("the"));
        assertEquals(intl.vocabulary.get("procedure"), intl.vocabulary.get("procedures"));
        assertEquals("ablat", intl.vocabulary.get("ablation"), "the English Snowball stemmer");
    }

    @Test
    void aTermsAbbreviationAndAliasesLeadToEveryPageUsingIt() {
        BuiltIndex intl = index("intl");
        assertEquals(List.of(HEAT, "../glossary/#radiofrequency-ablation"), intl.urlsOfWord("rfa"));
        assertEquals(List.of(HEAT, "../glossary/#radiofrequency-ablation"), intl.urlsOfWord("rhizotomy"));
        assertEquals(List.of(DEVICES, "../glossary/#spinal-cord-stimulation"), intl.urlsOfWord("scs"));
    }

    @Test
    void anEditionIndexesOnlyTheTextItPublishes() {
        assertFalse(index("intl").vocabulary.containsKey("marmalade"));
        assertEquals(List.of(HEAT), index("eu").urlsOfWord("marmalade"));
        assertFalse(index("tr").vocabulary.containsKey("quixotically"), "the article is not in the tr edition");
        assertEquals("{\"u\":\"../articles/heat-treatment/\"", Files.exists(site.resolve("eu/search/f/0.json"))
                ? index("eu").read("f/0.json").toString().substring(0, 34) : "");
    }

    @Test
    void turkishIsFoldedByTurkishRulesAndStemmedInTurkish() {
        BuiltIndex tr = index("tr");
        assertEquals("tr-TR", tr.manifest.get("lang").asText());
        assertTrue(tr.manifest.get("dottedI").asBoolean());
        assertTrue(tr.vocabulary.containsKey("ışık"), "Işık folds to ışık: " + tr.vocabulary.keySet());
        assertTrue(tr.vocabulary.containsKey("işlemden"), "İşlemden folds to işlemden");
        assertFalse(tr.vocabulary.containsKey("işık"));
        assertEquals(tr.vocabulary.get("iğneyi"), tr.vocabulary.get("iğnenin"), "the Turkish Snowball stemmer");
        assertFalse(tr.vocabulary.containsKey("ve"), "Turkish stop words");
        assertEquals(List.of("../articles/sinir-tedavisi/"), tr.urlsOfWord("ışık"));
        assertEquals(List.of("../articles/sinir-tedavisi/"), tr.urlsOfWord("müdahaleler"),
                "an article is found by its topics' names in the edition's language (site.tr.md)");
    }

    @Test
    void japaneseIsIndexedAsCharacterBigrams() {
        BuiltIndex ja = index("ja");
        for (String bigram : List.of("局所", "所麻", "麻酔", "神経")) {
            assertEquals(List.of("../articles/shinkei-burokku/"), ja.urlsOfWord(bigram), bigram);
        }
        assertFalse(ja.vocabulary.containsKey("局所麻酔"));
    }

    @Test
    void theManifestListsEveryShardWithItsSize() throws Exception {
        BuiltIndex intl = index("intl");
        var bytes = intl.manifest.get("postingBytes");
        assertEquals(intl.manifest.get("postings").size(), bytes.size());
        for (int n = 0; n < bytes.size(); n++) {
            assertEquals(Files.size(intl.folder.resolve("p/" + n + ".json")), bytes.get(n).asLong());
        }
        assertEquals(intl.manifest.get("docs").asInt(), (int) Files.list(intl.folder.resolve("f")).count());
    }

    @Test
    void theSameContentWritesTheSameIndex() {
        Path again = temp.resolve("again");
        assertTrue(new SiteBuilder().build(new BuildOptions(Path.of("."), FIXTURE, again, false, ""), true).ok());
        FolderSnapshot first = FolderSnapshot.of(site.resolve("intl/search"));
        FolderSnapshot second = FolderSnapshot.of(again.resolve("intl/search"));
        assertEquals(first, second, first.differences(second));
    }

    @Test
    void everyPageHasExactlyOneSearchLandmark() {
        BuiltSite built = new BuiltSite(site);
        built.pages().forEach((file, page) -> {
            if (!file.equals("index.html")) {
                assertEquals(1, page.select("[role=search], search").size(), file);
            }
        });
    }
}
