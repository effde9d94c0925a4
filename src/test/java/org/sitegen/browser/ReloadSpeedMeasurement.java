package org.sitegen.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.sitegen.bench.CorpusGenerator;
import org.sitegen.testing.Folders;

/**
 * The rerunnable measurement behind the reload figures in README: save-to-visible in headless Chromium, from the
 * moment a content file is written to the moment the reloaded page's DOM is ready with the new text, through the
 * same watcher, incremental builder, server and event stream as {@code serve}. It asserts nothing about time and
 * runs only when asked:
 * <pre>
 * mvn -B test -Dtest=ReloadSpeedMeasurement -Dreload.site=sample     # a copy of content/
 * mvn -B test -Dtest=ReloadSpeedMeasurement -Dreload.site=10000      # CorpusGenerator's 10,000-article site
 * </pre>
 * {@code -Dreload.edits=N} sets the number of saves (default 15); the first two warm the JIT and are not counted. Each
 * save waits for the whole rebuild of the one before (an editor reads the page before saving again).
 */
@Tag("browser")
@EnabledIfSystemProperty(named = "reload.site", matches = "sample|[0-9]+")
class ReloadSpeedMeasurement {
    @TempDir
    Path folder;

    @Test
    void medianSaveToVisible() throws Exception {
        String which = System.getProperty("reload.site");
        int edits = Integer.getInteger("reload.edits", 15);
        Path content = folder.resolve("content");
        String file;
        String page;
        String marker;
        if (which.equals("sample")) {
            Folders.copy(org.sitegen.testing.TestContent.LIVE_CONTENT, content);
            file = "articles/neuromodulation.md";
            page = "us/articles/neuromodulation/";
        } else {
            new CorpusGenerator().write(content, Integer.parseInt(which), 4, 500);
            file = "articles/article-7.md";
            page = "us/articles/article-7/";
        }
        marker = "Measured edit number ";
        Files.writeString(content.resolve(file), Files.readString(content.resolve(file)) + "\n" + marker + "0.\n");
        long start = System.nanoTime();
        try (LivePreview preview = new LivePreview(content, folder)) {
            System.out.printf(Locale.ROOT, "first build: %.1f s%n", (System.nanoTime() - start) / 1e9);
            preview.driver.get(preview.url(page));
            List<Double> millis = new ArrayList<>();
            List<Double> loading = new ArrayList<>(); // of which the browser's reload, from its start to DOMContentLoaded
            for (int i = 1; i <= edits; i++) {
                String next = marker + i + ".";
                // an editor reads what they saved before the next save: the whole build of the last one has finished
                long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
                while (preview.buildMillis.size() < i && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                long saved = preview.edit(file, marker + (i - 1) + ".", next);
                preview.waiting().until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                        "var m = document.getElementById('main'); return m === null ? '' : m.textContent;")).contains(next));
                if (i > 2) {
                    millis.add(preview.pageReadyAt() - saved);
                    loading.add(preview.pageReadyAt() - preview.navigationStartedAt());
                }
            }
            List<Double> sorted = new ArrayList<>(millis);
            sorted.sort(null);
            System.out.printf(Locale.ROOT, "reload.site=%s: median save-to-visible %.0f ms over %d saves (min %.0f, max %.0f); "
                    + "edited page rebuilt in %s ms; whole rebuilds %s ms%n",
                    which, sorted.get(sorted.size() / 2), sorted.size(), sorted.get(0), sorted.get(sorted.size() - 1), preview.editMillis,
                    preview.buildMillis);
            List<Double> load = new ArrayList<>(loading);
            load.sort(null);
            System.out.printf(Locale.ROOT, "of which the browser's reload (navigation start to DOMContentLoaded): median %.0f ms%n",
                    load.get(load.size() / 2));
            java.util.Map<String, java.time.Duration> last = preview.stageTimes.get(preview.stageTimes.size() - 1);
            StringBuilder stages = new StringBuilder("stages of the last rebuild:");
            last.forEach((stage, time) -> stages.append(' ').append(stage).append('=').append(time.toMillis()).append("ms"));
            System.out.println(stages);
        }
    }
}
