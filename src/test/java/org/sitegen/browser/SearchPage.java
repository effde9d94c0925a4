package org.sitegen.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search page of one edition, driven as a reader drives it: typing into the box and reading the results. */
final class SearchPage {
    private final BrowserSession browser;

    SearchPage(BrowserSession browser) {
        this.browser = browser;
    }

    /** Opens {@code edition}'s search page, records layout shifts from the start, types {@code query}, waits for results. */
    List<WebElement> search(String edition, String query) {
        browser.driver.get(browser.url(edition + "/search/"));
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(10));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-search-ready")));
        ((JavascriptExecutor) browser.driver).executeScript("window.__shifts = [];"
                + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { window.__shifts.push(e.value); }); })"
                + ".observe({type: 'layout-shift', buffered: true});");
        WebElement input = browser.driver.findElement(By.id("search-input"));
        input.sendKeys(query);
        wait.until(d -> query.equals(d.findElement(By.id("search-results")).getAttribute("data-query")));
        return browser.driver.findElements(By.cssSelector("#search-results li"));
    }

    static List<String> hrefs(List<WebElement> results) {
        return results.stream().map(r -> r.findElement(By.cssSelector(".search-title a")).getAttribute("href")).toList();
    }

    /** The sum of every layout shift since the page loaded, including those right after typing. */
    double layoutShift() {
        Object sum = ((JavascriptExecutor) browser.driver).executeScript(
                "return window.__shifts.reduce(function (a, b) { return a + b; }, 0);");
        return ((Number) sum).doubleValue();
    }
}
