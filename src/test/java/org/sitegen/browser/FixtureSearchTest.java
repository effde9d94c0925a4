package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Search on the fixture site {@code src/test/resources/sites/search}: English (intl, eu), Turkish (tr) and Japanese
 * (ja) editions, with a word that occurs once, a passage only the eu edition shows, and glossary abbreviations.
 */
@Tag("browser")
class FixtureSearchTest {
    @TempDir
    static Path folder;
    static BrowserSession browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new BrowserSession(folder, Path.of("src/test/resources/sites/search"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private List<WebElement> results(String edition, String query) {
        return new SearchPage(browser).search(edition, query);
    }

    private List<String> search(String edition, String query) {
        return SearchPage.hrefs(results(edition, query));
    }

    @Test
    void aWordThatOccursOnceInOneBodyFindsThatArticle() {
        assertEquals(List.of(browser.url("intl/articles/implanted-devices/")), search("intl", "quixotically"));
    }

    @Test
    void prefixesMatch() {
        assertEquals(List.of(browser.url("intl/articles/implanted-devices/")), search("intl", "quixot"));
    }

    @Test
    void abbreviationsFindEveryPageUsingTheTerm() {
        List<String> rfa = search("intl", "RFA");
        assertTrue(rfa.contains(browser.url("intl/articles/heat-treatment/")), "RFA: " + rfa);
        assertTrue(rfa.contains(browser.url("intl/glossary/#radiofrequency-ablation")), "RFA: " + rfa);
        assertTrue(search("intl", "rhizotomy").contains(browser.url("intl/articles/heat-treatment/")));
        assertTrue(search("intl", "scs").contains(browser.url("intl/articles/implanted-devices/")));
    }

    @Test
    void aOneLetterTypoStillMatches() {
        assertTrue(search("intl", "ablaton").contains(browser.url("intl/articles/heat-treatment/")), "deletion");
        assertTrue(search("intl", "stimulatoin").contains(browser.url("intl/articles/implanted-devices/")), "transposition");
        assertTrue(search("intl", "batterz").contains(browser.url("intl/articles/implanted-devices/")), "substitution");
    }

    @Test
    void onlyTheTextAnEditionPublishesIsFound() {
        assertEquals(List.of(), search("intl", "marmalade"));
        assertEquals(List.of(browser.url("eu/articles/heat-treatment/")), search("eu", "marmalade"));
    }

    @Test
    void turkishWordsAreFoundWithTurkishCaseFoldingAndStems() {
        String article = browser.url("tr/articles/sinir-tedavisi/");
        assertEquals(List.of(article), search("tr", "IŞIK"), "I folds to ı in Turkish");
        assertEquals(List.of(article), search("tr", "iğne"), "iğneyi and iğnenin share the stem");
        assertEquals(List.of(article), search("tr", "İyileşme"), "İ folds to i; iyileşmeye has the same stem");
    }

    @Test
    void japaneseIsSegmentedIntoBigrams() {
        assertEquals(List.of(browser.url("ja/articles/shinkei-burokku/")), search("ja", "局所麻酔"));
        assertEquals(List.of(), search("ja", "麻酔局所"), "all bigrams must occur");
    }

    @Test
    void resultsCarryTypeLabelAndHighlightedSnippetAsText() {
        List<WebElement> found = results("intl", "needle");
        WebElement first = found.get(0);
        assertEquals("ARTICLE", first.findElement(By.cssSelector(".search-type")).getText().toUpperCase(java.util.Locale.ROOT));
        assertEquals("needle", first.findElement(By.cssSelector(".search-snippet mark")).getText());
        List<WebElement> glossary = results("intl", "rhizotomy");
        assertTrue(glossary.stream().anyMatch(r -> r.findElement(By.cssSelector(".search-type")).getText().equalsIgnoreCase("Glossary")));
        List<WebElement> label = results("intl", "charger");
        WebElement snippet = label.get(0).findElement(By.cssSelector(".search-snippet"));
        assertTrue(snippet.getText().contains("<b>keep dry</b>"), "index text is shown as text: " + snippet.getText());
        assertTrue(snippet.findElements(By.tagName("b")).isEmpty(), "index text never becomes markup");
    }
}
