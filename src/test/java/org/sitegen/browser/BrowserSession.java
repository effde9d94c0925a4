package org.sitegen.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.serve.PreviewServer;

/**
 * The sample site built into a temporary folder, served by our preview server on 127.0.0.1 and opened in
 * Debian's headless Chromium through its own chromedriver (Selenium Manager never runs, nothing is downloaded).
 * Without Chromium the browser tests are skipped on a developer machine and fail under CI, where
 * {@code .ci/run} installs it.
 */
final class BrowserSession implements AutoCloseable {
    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

    /** Held so that its level stays set (java.util.logging keeps loggers weakly). */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    final Path site;
    final PreviewServer server;
    final WebDriver driver;
    private final Path profile;

    BrowserSession(Path folder) throws Exception {
        this(folder, org.sitegen.testing.TestContent.CONTENT);
    }

    /** A session on the site built from {@code content} (a fixture folder), with the project's templates and assets. */
    BrowserSession(Path folder, Path content) throws Exception {
        requireTool(CHROMIUM);
        requireTool(CHROMEDRIVER);
        site = folder.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), content, site, false, ""), true);
        Assertions.assertTrue(result.ok(), () -> "sample site did not build: " + result.diagnostics().all());
        server = new PreviewServer(site, 0);
        server.start();
        profile = Files.createTempDirectory(folder, "chromium-profile");
        driver = chromium(profile);
    }

    /** Headless Chromium through Debian's chromedriver, with its profile in {@code profile}. */
    static WebDriver chromium(Path profile) {
        CDP_LOG.setLevel(Level.SEVERE);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        return new ChromeDriver(service, options);
    }

    static void requireTool(String path) {
        boolean present = new File(path).canExecute();
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail(path + " is missing: .ci/run installs chromium and chromium-driver");
        }
        Assumptions.assumeTrue(present, path + " is not installed (apt-get install chromium chromium-driver); browser tests skipped");
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + "/" + path;
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }

}
