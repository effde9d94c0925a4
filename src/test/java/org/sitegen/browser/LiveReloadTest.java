package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.sitegen.testing.Folders;

/**
 * The preview in a real browser, on a copy of the small fixture site: a save shows on the open page by itself, a
 * failed build lays its errors over the page and they go away with the fix, and {@code serve} started on broken
 * content shows the errors and turns into the site once they are fixed. Save-to-visible times are printed
 * (speed is measured, not asserted: see {@link ReloadSpeedMeasurement}).
 */
@Tag("browser")
class LiveReloadTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");
    private static final String PAGE = "intl/articles/basics/";
    private static final String FIRST_SENTENCE = "Pain that goes on for months can affect sleep and work.";

    @TempDir
    Path folder;

    private static String mainText(LivePreview preview) {
        Object text = ((JavascriptExecutor) preview.driver).executeScript(
                "var main = document.getElementById('main'); return main === null ? '' : main.innerText;");
        return String.valueOf(text);
    }

    private static List<WebElement> overlay(LivePreview preview) {
        return preview.driver.findElements(By.id("sitegen-error-overlay"));
    }

    @Test
    void aSaveShowsOnTheOpenPageByItself() throws Exception {
        try (LivePreview preview = new LivePreview(Folders.copy(SMALL_SITE, folder.resolve("content")), folder)) {
            preview.driver.get(preview.url(PAGE));
            List<Double> millis = new ArrayList<>();
            String previous = FIRST_SENTENCE;
            for (int i = 1; i <= 6; i++) {
                String next = "Pain that goes on for months can affect sleep and work (edit " + i + ").";
                long saved = preview.edit("articles/basics.md", previous, next);
                preview.waiting().until(d -> mainText(preview).contains(next));
                millis.add(preview.pageReadyAt() - saved);
                previous = next;
            }
            millis.sort(null);
            System.out.printf(Locale.ROOT, "save to visible, small fixture site: median %.0f ms (%s); builds %s ms%n",
                    millis.get(millis.size() / 2), millis, preview.buildMillis);
        }
    }

    @Test
    void aSaveReloadsOnlyThePagesItChanged() throws Exception {
        try (LivePreview preview = new LivePreview(Folders.copy(SMALL_SITE, folder.resolve("content")), folder)) {
            JavascriptExecutor js = (JavascriptExecutor) preview.driver;
            preview.driver.get(preview.url("intl/articles/treatment/"));
            js.executeScript("window.sitegenTestMarker = 'still the same page';");
            int builds = preview.buildMillis.size();

            preview.edit("articles/basics.md", FIRST_SENTENCE, "Edited elsewhere: " + FIRST_SENTENCE);
            preview.waiting().until(d -> preview.buildMillis.size() > builds);
            Thread.sleep(500); // the event of the whole build has reached the page

            assertEquals("still the same page", js.executeScript("return window.sitegenTestMarker;"),
                    "a page the save did not change stays as it is (no reload)");
            preview.edit("articles/treatment.md", "Treatment starts with a diagnosis.", "Treatment starts with a careful diagnosis.");
            preview.waiting().until(d -> mainText(preview).contains("Treatment starts with a careful diagnosis."));
            assertEquals(null, js.executeScript("return window.sitegenTestMarker;"), "the changed page reloaded");
        }
    }

    @Test
    void aFailedBuildShowsItsErrorsOverThePageUntilTheFix() throws Exception {
        try (LivePreview preview = new LivePreview(Folders.copy(SMALL_SITE, folder.resolve("content")), folder)) {
            preview.driver.get(preview.url(PAGE));
            preview.edit("articles/basics.md", "date: 2026-02-03", "date: 2026-02-30");
            preview.waiting().until(d -> !overlay(preview).isEmpty());
            WebElement shown = overlay(preview).get(0);
            assertEquals("alert", shown.getAttribute("role"));
            assertEquals("The build failed: 1 error", shown.findElement(By.tagName("h2")).getText());
            assertEquals(preview.content.resolve("articles/basics.md") + ":4: 'date' is not a real date: 2026-02-30",
                    shown.findElement(By.tagName("pre")).getText());
            assertTrue(mainText(preview).contains(FIRST_SENTENCE), "the last good page stays under the overlay");

            preview.edit("articles/basics.md", "date: 2026-02-30", "date: 2026-02-03");
            preview.edit("articles/basics.md", FIRST_SENTENCE, "Fixed: " + FIRST_SENTENCE);
            preview.waiting().until(d -> overlay(preview).isEmpty() && mainText(preview).contains("Fixed: " + FIRST_SENTENCE));
        }
    }

    @Test
    void servingBrokenContentShowsTheErrorsAndTurnsIntoTheSiteOnceFixed() throws Exception {
        Path content = Folders.copy(SMALL_SITE, folder.resolve("content"));
        Path article = content.resolve("articles/basics.md");
        Files.writeString(article, Files.readString(article).replace("title: Basics of chronic pain", "title: Basics: chronic pain"));
        try (LivePreview preview = new LivePreview(content, folder)) {
            preview.driver.get(preview.url(PAGE));
            preview.waiting().until(d -> !overlay(preview).isEmpty());
            assertEquals("The site is not built yet", preview.driver.findElement(By.tagName("h1")).getText());
            assertTrue(overlay(preview).get(0).findElement(By.tagName("pre")).getText().startsWith(article + ":2: "),
                    overlay(preview).get(0).getText());

            preview.edit("articles/basics.md", "title: Basics: chronic pain", "title: \"Basics: chronic pain\"");
            preview.waiting().until(d -> overlay(preview).isEmpty() && mainText(preview).contains(FIRST_SENTENCE));
            assertEquals("Basics: chronic pain", preview.driver.findElement(By.tagName("h1")).getText());
        }
    }
}
