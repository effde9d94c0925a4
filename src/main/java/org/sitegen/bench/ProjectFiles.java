package org.sitegen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files of the other generators' projects that the benchmark builds (Hugo, stock JBake). */
final class ProjectFiles {
    private ProjectFiles() {
    }

    /** Writes {@code text} as UTF-8 into {@code file}, creating its folders. */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
