package org.sitegen.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads {@code release.json} back; keys it does not know are ignored, missing ones read as empty. */
public final class ReleaseManifestReader {
    private final ManifestJson json = new ManifestJson();

    /** The manifest of {@code editionDir}, or empty when it has none. Throws when the file exists but is not a manifest. */
    public Optional<ReleaseManifest> read(Path editionDir) throws IOException {
        Path file = editionDir.resolve(ReleaseManifest.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(json.mapper().readValue(file.toFile(), ReleaseManifest.class));
    }
}
