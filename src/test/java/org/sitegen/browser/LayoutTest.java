package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Layout on phones and tablets: no page scrolls sideways at 320, 390 or 768 px, an article's text starts on the
 * first screen of a phone, glossary tooltips stay inside the viewport (also in tables) and close on Escape, home
 * page cards are clickable as a whole, and FAQ answers open from their anchor.
 */
class LayoutTest extends BrowserTest {
    /** One page of every type, in an edition with a status notice (eu) and one without (us). */
    static final List<String> PAGE_TYPES = List.of("", "eu/", "eu/articles/neuromodulation/",
            "eu/articles/what-is-interventional-pain-management/", "eu/faq/", "eu/glossary/", "eu/tags/", "eu/tags/procedures/",
            "eu/search/", "eu/404.html", "us/articles/radiofrequency-ablation/", "eu/about/");

    static Stream<Arguments> pagesAtWidths() {
        return Stream.of(320, 390, 768).flatMap(width -> PAGE_TYPES.stream().map(path -> Arguments.of(width, path)));
    }

    @AfterEach
    void desktop() {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void viewport(int width) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }

    private long number(String script, Object... args) {
        return Math.round(((Number) js(script, args)).doubleValue());
    }

    @ParameterizedTest(name = "{1} at {0} px")
    @MethodSource("pagesAtWidths")
    void noPageScrollsSideways(int width, String path) {
        viewport(width);
        browser.driver.get(browser.url(path));
        long scroll = number("return document.documentElement.scrollWidth");
        long client = number("return document.documentElement.clientWidth");
        assertTrue(scroll <= client, path + " at " + width + " px is " + scroll + " px wide in a " + client + " px viewport");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"us/articles/radiofrequency-ablation/", "us/articles/neuromodulation/",
            "us/articles/what-is-interventional-pain-management/", "us/articles/diagnostic-and-therapeutic-injections/",
            "us/articles/pain-ladder-and-multidisciplinary-care/", "eu/articles/radiofrequency-ablation/"})
    void articleTextStartsOnThePhonesFirstScreen(String path) {
        viewport(390);
        browser.driver.get(browser.url(path));
        long top = number("return document.querySelector('.body > p').getBoundingClientRect().top + window.scrollY");
        assertTrue(top <= 600, path + ": the first paragraph starts " + top + " px down at 390 px wide");
    }

    @Test
    void tooltipsInATableShowWholeInsideTheViewportAndTakeNoSpace() {
        viewport(390);
        browser.driver.get(browser.url("eu/articles/what-is-interventional-pain-management/"));
        List<WebElement> terms = browser.driver.findElements(By.cssSelector(".body table .term > a"));
        assertFalse(terms.isEmpty(), "the sample article has glossary terms in a table");
        for (WebElement term : terms) {
            js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'}); arguments[0].focus();", term);
            WebElement tip = browser.driver.findElement(By.id(term.getAttribute("aria-describedby")));
            assertTrue(tip.isDisplayed(), "tooltip of " + term.getText() + " shows on focus");
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) js("var r = arguments[0].getBoundingClientRect();"
                    + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
                    + "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, visible: arguments[0].contains(hit),"
                    + " width: document.documentElement.clientWidth, height: window.innerHeight};", tip);
            double left = ((Number) box.get("left")).doubleValue();
            double right = ((Number) box.get("right")).doubleValue();
            assertTrue(left >= 0 && right <= ((Number) box.get("width")).doubleValue(),
                    "tooltip of " + term.getText() + " spans " + left + ".." + right + " px");
            assertEquals(Boolean.TRUE, box.get("visible"), "tooltip of " + term.getText() + " is drawn on top, not clipped by the table");
            long scroll = number("return document.documentElement.scrollWidth");
            assertTrue(scroll <= number("return document.documentElement.clientWidth"), "an open tooltip widens the page to " + scroll);
        }
    }

    @Test
    void escapeClosesATooltipAndTheNextFocusShowsItAgain() {
        browser.driver.get(browser.url("eu/articles/radiofrequency-ablation/"));
        WebElement term = browser.driver.findElement(By.cssSelector(".body .term > a[data-term]"));
        WebElement tip = browser.driver.findElement(By.id(term.getAttribute("aria-describedby")));
        assertFalse(tip.isDisplayed(), "a tooltip is not rendered before focus");
        js("arguments[0].focus()", term);
        assertTrue(tip.isDisplayed(), "focus shows the tooltip");
        new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
        assertFalse(tip.isDisplayed(), "Escape closes the tooltip");
        assertEquals(term, browser.driver.switchTo().activeElement(), "Escape leaves focus on the term");
        js("arguments[0].blur(); arguments[0].focus()", term);
        assertTrue(tip.isDisplayed(), "focusing the term again shows the tooltip");
    }

    @Test
    void theFirstGlossaryTermIsFewTabsAway() {
        browser.driver.get(browser.url("eu/articles/radiofrequency-ablation/"));
        WebElement first = browser.driver.findElement(By.cssSelector(".body .term > a"));
        int presses = 0;
        js("document.activeElement && document.activeElement.blur(); window.focus();");
        while (presses < 40 && !first.equals(browser.driver.switchTo().activeElement())) {
            new Actions(browser.driver).sendKeys(Keys.TAB).perform();
            presses++;
        }
        assertTrue(presses <= 16, "the first glossary term takes " + presses + " Tab presses");
    }

    @Test
    void homeCardsAreWholeLinksWithOneInteractiveElement() {
        viewport(390);
        browser.driver.get(browser.url("eu/"));
        List<WebElement> cards = browser.driver.findElements(By.cssSelector(".card"));
        assertFalse(cards.isEmpty());
        for (WebElement card : cards) {
            assertEquals(1, card.findElements(By.cssSelector("a, button, input, select, textarea, details, [tabindex]")).size(),
                    "a card has exactly one interactive element: " + card.getText());
        }
        List<String> hrefs = browser.driver.findElements(By.cssSelector(".card a")).stream().map(a -> a.getAttribute("href")).toList();
        assertEquals(hrefs.size(), hrefs.stream().distinct().count(), "no card shows twice: " + hrefs);
        WebElement card = cards.get(0);
        String target = card.findElement(By.tagName("a")).getAttribute("href");
        WebElement summary = card.findElement(By.tagName("p"));
        js("arguments[0].scrollIntoView({block: 'center'})", summary);
        new Actions(browser.driver).moveToElement(summary).click().perform();
        assertEquals(target, browser.driver.getCurrentUrl(), "a click on the card's summary follows its link");
    }

    @Test
    void visitedSiteTitleKeepsItsColour() {
        browser.driver.get(browser.url("eu/"));
        browser.driver.get(browser.url("eu/faq/"));
        WebElement title = browser.driver.findElement(By.cssSelector(".site-title"));
        String text = browser.driver.findElement(By.tagName("body")).getCssValue("color");
        assertEquals(text, title.getCssValue("color"), "the site title is drawn in the text colour even when visited");
    }

    @Test
    void faqAnswerOpensFromItsAnchor() {
        browser.driver.get(browser.url("eu/faq/#is-the-procedure-painful"));
        WebElement answer = browser.driver.findElement(By.id("is-the-procedure-painful"));
        assertTrue(answer.isDisplayed(), "the answer named by the fragment is open");
        assertEquals(1L, number("return document.querySelectorAll('details.faq-entry[open]').length"), "only that answer is open");
        js("window.location.hash = '#can-i-drive-home'");
        assertTrue(browser.driver.findElement(By.id("can-i-drive-home")).isDisplayed(), "a new fragment opens its answer");
        WebElement list = browser.driver.findElement(By.cssSelector(".faq-index"));
        assertEquals(number("return document.querySelectorAll('details.faq-entry').length"),
                (long) list.findElements(By.cssSelector("a[href^='#']")).size(), "the question list links every answer");
    }
}
