package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A reader types into the search box of one edition and finds that edition's pages only. */
class SearchTest extends BrowserTest {

    private List<WebElement> search(String edition, String query) {
        browser.driver.get(browser.url(edition + "/search/"));
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-search-ready")));
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys(query);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> !d.findElement(By.id("search-status")).getText().isBlank());
        return browser.driver.findElements(By.cssSelector("#search-results li a"));
    }

    @Test
    void typedQueryFindsTheArticleFirst() {
        List<WebElement> results = search("us", "neuromodulation");
        assertFalse(results.isEmpty());
        assertEquals(browser.url("us/articles/neuromodulation/"), results.get(0).getAttribute("href"));
        for (WebElement result : results) {
            assertTrue(result.getAttribute("href").startsWith(browser.url("us/")), "result from another edition: " + result.getAttribute("href"));
        }
    }

    @Test
    void searchShowsNoPageAnEditionLeavesOut() {
        List<WebElement> results = search("tr", "spinal cord stimulation");
        assertFalse(results.isEmpty(), "the glossary entry and other pages should still match");
        for (WebElement result : results) {
            String href = result.getAttribute("href");
            assertTrue(href.startsWith(browser.url("tr/")), "result from another edition: " + href);
            assertFalse(href.contains("neuromodulation"), "tr leaves the neuromodulation article out: " + href);
        }
    }

    @Test
    void searchPageExplainsItselfWithoutJavaScript() throws Exception {
        String html = java.nio.file.Files.readString(browser.site.resolve("eu/search/index.html"));
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html);
        assertFalse(page.select("#search-no-script").hasAttr("hidden"), "the explanation is visible unless a script hides it");
        assertTrue(page.select("#search-no-script a[href]").size() >= 3, "the explanation links to the FAQ, glossary and topics");
    }
}
