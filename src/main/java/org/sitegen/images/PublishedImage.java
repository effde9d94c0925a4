package org.sitegen.images;

import java.util.List;

/**
 * An image as pages show it: its file under the output's {@code images/} folder, named with a hash of its content,
 * its intrinsic size, and the resized copies a {@code srcset} offers (empty for small and vector images).
 */
public record PublishedImage(SourceImage source, String fileName, List<Variant> variants) {
    /** A resized copy: its file name and width in pixels. */
    public record Variant(String fileName, int width) {
    }

    public int width() {
        return source.width();
    }

    public int height() {
        return source.height();
    }
}
