package org.sitegen.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;

/** Base of the browser tests: one built, served and opened sample site per test class. */
@Tag("browser")
abstract class BrowserTest {
    @TempDir
    static Path folder;
    static BrowserSession browser;

    @BeforeAll
    static void start() throws Exception {
        browser = new BrowserSession(folder);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
