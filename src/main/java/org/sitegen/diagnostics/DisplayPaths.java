package org.sitegen.diagnostics;

import java.io.File;
import java.nio.file.Path;

/** Paths as editors see them in messages: relative to the working folder when inside it. */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path path) {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
        return shown.toString().replace(File.separatorChar, '/');
    }
}
