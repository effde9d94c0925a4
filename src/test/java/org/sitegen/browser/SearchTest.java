package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A reader searches the sample site: full text, glossary abbreviations, typos, and one edition's pages only. */
class SearchTest extends BrowserTest {

    private List<String> search(String edition, String query) {
        return SearchPage.hrefs(new SearchPage(browser).search(edition, query));
    }

    @Test
    void typedQueryFindsTheArticleFirst() {
        List<String> results = search("us", "neuromodulation");
        assertFalse(results.isEmpty());
        assertEquals(browser.url("us/articles/neuromodulation/"), results.get(0));
        results.forEach(href -> assertTrue(href.startsWith(browser.url("us/")), "result from another edition: " + href));
    }

    @Test
    void searchShowsNoPageAnEditionLeavesOut() {
        List<String> results = search("tr", "spinal cord stimulation");
        assertFalse(results.isEmpty(), "the glossary entry and other pages should still match");
        for (String href : results) {
            assertTrue(href.startsWith(browser.url("tr/")), "result from another edition: " + href);
            assertFalse(href.contains("articles/neuromodulation"), "tr leaves the neuromodulation article out: " + href);
        }
    }

    @Test
    void abbreviationAndAliasFindTheArticlesThatUseTheTerm() {
        assertTrue(search("us", "RFA").contains(browser.url("us/articles/radiofrequency-ablation/")));
        assertTrue(search("us", "rhizotomy").contains(browser.url("us/articles/radiofrequency-ablation/")));
        List<String> scs = search("us", "SCS");
        assertTrue(scs.contains(browser.url("us/articles/neuromodulation/")), "SCS: " + scs);
    }

    @Test
    void oneLetterTypoStillFindsTheWord() {
        List<String> results = search("us", "ablaton");
        assertTrue(results.contains(browser.url("us/articles/radiofrequency-ablation/")), "ablaton: " + results);
    }

    @Test
    void theTurkishEditionFindsTurkishWords() {
        String article = browser.url("tr/articles/radiofrequency-ablation/");
        assertTrue(search("tr", "kireçlenme").contains(article), "a prefix of kireçlenmeden");
        assertTrue(search("tr", "SAKROİLİAK").contains(article), "upper case folded by Turkish rules");
    }

    @Test
    void resultsArriveWithoutMovingAnythingAndTheSearchLandmarkIsOne() {
        SearchPage page = new SearchPage(browser);
        List<WebElement> results = page.search("eu", "needle");
        assertTrue(results.size() >= 3, "needle is in several pages: " + results.size());
        assertEquals(0.0, page.layoutShift(), 0.001, "layout shift while results arrived");
        assertEquals(1, browser.driver.findElements(By.cssSelector("[role=search], search")).size());
        WebElement first = results.get(0);
        assertFalse(first.findElement(By.cssSelector(".search-type")).getText().isBlank());
        assertFalse(first.findElements(By.cssSelector(".search-snippet mark")).isEmpty(), "the snippet highlights the word");
    }

    @Test
    void searchPageExplainsItselfWithoutJavaScript() throws Exception {
        String html = java.nio.file.Files.readString(browser.site.resolve("eu/search/index.html"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertEquals("noscript", page.select("#search-no-script").first().parent().tagName(), "shown only without JavaScript");
        assertTrue(page.select("#search-no-script a[href]").size() >= 3, "the explanation links to the FAQ, glossary and topics");
    }
}
