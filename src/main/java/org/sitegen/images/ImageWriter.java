package org.sitegen.images;

import org.sitegen.load.ImageFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.coobird.thumbnailator.Thumbnails;
import org.sitegen.diagnostics.Diagnostics;

/**
 * Writes the published images into the staged output's {@code images/} folder: each image's bytes under its hashed
 * name, and resized copies made with Thumbnailator. A file the previous output already has under the same name has
 * the same content (the name carries its hash) and is linked or copied from there instead of being made again.
 */
public final class ImageWriter {
    public void write(ImageCatalog catalog, Path staging, Path previousOutput, Diagnostics diagnostics) {
        if (catalog.images().isEmpty()) {
            return;
        }
        Path folder = staging.resolve(ImageFiles.FOLDER);
        for (PublishedImage image : catalog.images().values()) {
            try {
                Files.createDirectories(folder);
                if (!reuse(previousOutput, folder, image.fileName())) {
                    Files.write(folder.resolve(image.fileName()), image.source().bytes());
                }
                for (PublishedImage.Variant variant : image.variants()) {
                    if (!reuse(previousOutput, folder, variant.fileName())) {
                        Files.write(folder.resolve(variant.fileName()), resized(image.source(), variant.width()));
                    }
                }
            } catch (IOException | RuntimeException e) {
                diagnostics.error(image.source().display(), 0, "cannot publish the image: " + e.getMessage());
            }
        }
    }

    private static boolean reuse(Path previousOutput, Path folder, String name) {
        Path old = previousOutput.resolve(ImageFiles.FOLDER).resolve(name);
        if (!Files.isRegularFile(old)) {
            return false;
        }
        try {
            Files.createLink(folder.resolve(name), old);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                Files.copy(old, folder.resolve(name));
            } catch (IOException copy) {
                return false;
            }
        }
        return true;
    }

    /** The image scaled to {@code width} pixels wide, keeping its proportions and format. */
    static byte[] resized(SourceImage image, int width) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String format = image.extension().equals("jpg") ? "jpeg" : image.extension();
        Thumbnails.of(new ByteArrayInputStream(image.bytes())).width(width).outputFormat(format).toOutputStream(out);
        return out.toByteArray();
    }
}
