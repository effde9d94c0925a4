package org.sitegen.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.serve.ChangeWatcher;
import org.sitegen.serve.PreviewServer;
import org.sitegen.serve.RebuildLoop;

/**
 * What {@code serve} runs, in this JVM: a content folder watched, rebuilt by one incremental builder and served
 * by the preview server, with headless Chromium looking at it. Edits go through the file system like an
 * editor's saves.
 */
final class LivePreview implements AutoCloseable {
    final Path content;
    final PreviewServer server;
    final WebDriver driver;
    final AtomicReference<BuildResult> lastBuild = new AtomicReference<>();
    final List<Long> buildMillis = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Times of the quick rebuilds of one edited page, ahead of the whole builds. */
    final List<Long> editMillis = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<java.util.Map<String, java.time.Duration>> stageTimes = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ChangeWatcher watcher;
    private final SiteBuilder builder;
    private final Thread loop;

    LivePreview(Path content, Path folder) throws Exception {
        BrowserSession.requireTool(BrowserSession.CHROMIUM);
        BrowserSession.requireTool(BrowserSession.CHROMEDRIVER);
        this.content = content;
        BuildOptions options = new BuildOptions(Path.of("."), content, folder.resolve("site"), true, "");
        server = new PreviewServer(options.output(), 0);
        builder = new SiteBuilder(true);
        server.start();
        RebuildLoop rebuild = new RebuildLoop(builder, options, server, new RebuildLoop.Listener() {
            @Override
            public void built(BuildResult result, long millis, SiteBuilder builder) {
                lastBuild.set(result);
                buildMillis.add(millis);
                stageTimes.add(result.stageTimes());
            }

            @Override
            public void edited(BuildResult result, long millis) {
                editMillis.add(millis);
            }
        });
        watcher = new ChangeWatcher(List.of(content));
        rebuild.buildOnce();
        loop = new Thread(() -> {
            try {
                rebuild.run(watcher);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "rebuild-loop");
        loop.setDaemon(true);
        loop.start();
        driver = BrowserSession.chromium(Files.createTempDirectory(folder, "chromium-profile"));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + "/" + path;
    }

    /** Replaces {@code from} by {@code to} in a content file, as an editor's save would; returns the save time (epoch ms). */
    long edit(String file, String from, String to) {
        Path path = content.resolve(file);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(file + " does not contain " + from);
            }
            long saved = System.currentTimeMillis();
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
            // a later modification time even within the file system's time granularity, so the loader re-reads it
            Files.setLastModifiedTime(path, FileTime.fromMillis(Math.max(saved, Files.getLastModifiedTime(path).toMillis()) + 1000));
            return saved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(Integer.getInteger("reload.timeout", 30)), Duration.ofMillis(5));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Epoch milliseconds at which the current page's DOM was ready. */
    double navigationStartedAt() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return performance.timeOrigin;")).doubleValue();
    }

    double pageReadyAt() {
        Object at = ((JavascriptExecutor) driver).executeScript(
                "return performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;");
        return ((Number) at).doubleValue();
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            loop.interrupt();
            loop.join(120_000); // a whole build still running stops at its next stage, before the folder is removed
            builder.awaitCleaning();
            watcher.close();
            server.close();
        }
    }
}
