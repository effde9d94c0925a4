package org.sitegen.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The small file every published site carries at its root, so that a later build knows the folder is a site it may
 * replace, and never mistakes a folder of someone's own files for one.
 */
public final class OutputStamp {
    /** The stamp's file name at the root of the output. */
    public static final String FILE_NAME = ".sitegen-output";

    private static final String TEXT = "Written by sitegen. The next build replaces this folder and everything in it.\n";

    private OutputStamp() {
    }

    /** Whether {@code folder} carries the stamp. */
    public static boolean isOn(Path folder) {
        return Files.isRegularFile(folder.resolve(FILE_NAME), LinkOption.NOFOLLOW_LINKS);
    }

    static void writeInto(Path folder) throws IOException {
        Files.writeString(folder.resolve(FILE_NAME), TEXT, StandardCharsets.UTF_8);
    }
}
