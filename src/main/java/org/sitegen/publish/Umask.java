package org.sitegen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's file-mode creation mask, which Java does not expose: read from Linux's /proc, else the usual 022. */
final class Umask {
    static final int USUAL = 0022;

    private Umask() {
    }

    static int current() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8)) {
                if (line.startsWith("Umask:")) {
                    return Integer.parseInt(line.substring("Umask:".length()).strip(), 8);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or a kernel before 4.7
        }
        return USUAL;
    }
}
