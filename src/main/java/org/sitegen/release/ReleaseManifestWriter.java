package org.sitegen.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@code release.json}: the same manifest always gives the same bytes (UTF-8, sorted pages, {@code \n} line ends). */
public final class ReleaseManifestWriter {
    private final ManifestJson json = new ManifestJson();

    /** Writes {@code editionDir/release.json}, replacing any previous one, and returns the file written. */
    public Path write(Path editionDir, ReleaseManifest manifest) throws IOException {
        Path file = editionDir.resolve(ReleaseManifest.FILE_NAME);
        Files.write(file, toBytes(manifest));
        return file;
    }

    /** The file's content. */
    public byte[] toBytes(ReleaseManifest manifest) {
        try {
            return (json.writer().writeValueAsString(manifest) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
