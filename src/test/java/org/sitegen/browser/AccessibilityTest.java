package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Every page type has no axe-core violations at WCAG 2.2 AA (rules tagged wcag2a, wcag2aa, wcag21a, wcag21aa and
 * wcag22aa), in the light and the dark colour scheme, and glossary tooltips open on keyboard focus.
 */
class AccessibilityTest extends BrowserTest {
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> PAGES = List.of("", "eu/", "eu/articles/radiofrequency-ablation/",
            "eu/articles/neuromodulation/", "eu/articles/what-is-interventional-pain-management/", "eu/faq/", "eu/glossary/",
            "eu/tags/", "eu/tags/procedures/", "eu/search/", "eu/404.html", "us/articles/neuromodulation/", "eu/about/",
            "tr/articles/radiofrequency-ablation/");

    static Stream<Arguments> pagesInBothSchemes() {
        return Stream.of("light", "dark").flatMap(scheme -> PAGES.stream().map(path -> Arguments.of(scheme, path)));
    }

    @AfterEach
    void lightAgain() {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @ParameterizedTest(name = "axe on /{1} ({0})")
    @MethodSource("pagesInBothSchemes")
    void pageHasNoWcag22AaViolations(String scheme, String path) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.driver.get(browser.url(path));
        assertEquals(scheme.equals("dark"), ((JavascriptExecutor) browser.driver)
                .executeScript("return matchMedia('(prefers-color-scheme: dark)').matches"), "colour scheme emulated");
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser.driver);
        assertFalse(results.isErrored(), "axe failed to run on " + path);
        String violations = results.getViolations().stream()
                .map(AccessibilityTest::describe).collect(Collectors.joining("\n"));
        assertTrue(results.getViolations().isEmpty(), path + " (" + scheme + ") has axe violations:\n" + violations);
        assertFalse(results.getPasses().isEmpty(), "axe checked nothing on " + path);
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", "));
    }

    @Test
    void glossaryTooltipOpensOnKeyboardFocus() {
        browser.driver.get(browser.url("eu/articles/radiofrequency-ablation/"));
        WebElement term = browser.driver.findElement(By.cssSelector(".body .term > a[data-term]"));
        WebElement tip = browser.driver.findElement(By.id(term.getAttribute("aria-describedby")));
        assertEquals("tooltip", tip.getAttribute("role"));
        assertFalse(tip.isDisplayed(), "tooltip must be hidden before focus");

        // reach the term with the keyboard: focus the element before it, then Tab
        ((JavascriptExecutor) browser.driver).executeScript(
                "var links = Array.from(document.querySelectorAll('a[href], input, button, summary'))"
                        + ".filter(function (e) { return e.checkVisibility(); });"
                        + "var i = links.indexOf(arguments[0]); links[i - 1].focus();", term);
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
        assertEquals(term, browser.driver.switchTo().activeElement(), "Tab should reach the glossary link");
        assertTrue(tip.isDisplayed(), "tooltip must show while the term has keyboard focus");
        assertFalse(tip.getText().isBlank());
    }
}
