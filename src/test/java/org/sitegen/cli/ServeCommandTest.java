package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} refuses a taken port on one line, before building anything, with exit status 2. */
class ServeCommandTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");

    @TempDir
    Path folder;

    @Test
    void aTakenPortIsOneLineBeforeAnythingIsBuilt() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            Path output = folder.resolve("site");
            CommandLineRun run = CommandLineRun.of("serve", "--port", Integer.toString(port), "--content", SMALL_SITE.toString(),
                    "--output", output.toString());
            assertEquals(2, run.status());
            assertEquals(1, run.lines().size(), run.err());
            Matcher line = Pattern.compile("error: port " + port + " is in use; try --port ([0-9]+)").matcher(run.lines().get(0));
            assertTrue(line.matches(), run.err());
            int suggested = Integer.parseInt(line.group(1));
            assertTrue(suggested > port);
            assertEquals("error: port " + port + " is in use; try --port " + suggested, run.lines().get(0));
            assertFalse(Files.exists(output), "nothing was built");
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("serve", "--port", "70000", "--content", SMALL_SITE.toString(),
                "--output", folder.resolve("site").toString());
        assertEquals(2, run.status());
        assertEquals(List.of("error: --port 70000: must be a number from 0 to 65535"), run.lines());
    }
}
