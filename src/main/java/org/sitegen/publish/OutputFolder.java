package org.sitegen.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The folder a build replaces for an {@code --output} path, with every symbolic link on the way followed: when the
 * path is a symbolic link, the folder it points to is replaced and the link stays in place.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /** The real location of {@code output}, which need not exist yet. */
    static Path of(Path output) throws IOException {
        Path absolute = output.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
            throw new IOException("is a symbolic link to a folder that does not exist; create that folder or remove the link");
        }
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        return existing.toRealPath().resolve(existing.relativize(absolute));
    }
}
