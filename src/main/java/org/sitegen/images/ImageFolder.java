package org.sitegen.images;

import org.sitegen.load.ImageFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.load.EditorFiles;
import org.sitegen.load.SourceText;
import org.sitegen.sanitize.Violation;

/**
 * Reads {@code content/images/}: each image's bytes, hash and size (SVG checked by {@link SvgAllowlist}, raster
 * sizes read from the file's header by ImageIO). A file that cannot be read as its kind of image is an error.
 */
final class ImageFolder {
    private final SvgAllowlist svg = new SvgAllowlist();

    /** The images that passed, and the content-relative paths of those that were refused (already reported). */
    record Read(List<SourceImage> images, Set<String> refused) {
    }

    Read read(Path content, Diagnostics diagnostics) {
        Path folder = content.resolve(ImageFiles.FOLDER);
        if (!Files.isDirectory(folder)) {
            return new Read(List.of(), Set.of());
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !EditorFiles.isIgnored(p))
                    .filter(p -> ImageFiles.isImage(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(DisplayPaths.of(folder), 0, "cannot read the images folder: " + e.getMessage());
            return new Read(List.of(), Set.of());
        }
        List<SourceImage> images = new ArrayList<>();
        Set<String> refused = new HashSet<>();
        for (Path file : files) {
            String display = DisplayPaths.of(file);
            String relative = content.relativize(file).toString().replace('\\', '/');
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                diagnostics.error(display, 0, "cannot read the image: " + e.getMessage());
                refused.add(relative);
                continue;
            }
            Optional<int[]> size;
            if (ImageFiles.extension(relative).equals("svg")) {
                SvgAllowlist.Result checked = svg.check(bytes);
                for (Violation violation : checked.violations()) {
                    diagnostics.error(display, violation.line(), violation.message());
                }
                size = checked.violations().isEmpty() ? checked.size() : Optional.empty();
            } else {
                size = rasterSize(bytes);
                if (size.isEmpty()) {
                    diagnostics.error(display, 0, "cannot read the image: not a valid " + ImageFiles.extension(relative).toUpperCase(java.util.Locale.ROOT)
                            + " file");
                }
            }
            if (size.isEmpty()) {
                refused.add(relative);
            }
            size.ifPresent(wh -> images.add(new SourceImage(relative, display, bytes, SourceText.sha256(bytes), wh[0], wh[1])));
        }
        return new Read(images, refused);
    }

    /** Width and height from the image's header, without decoding its pixels. */
    static Optional<int[]> rasterSize(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
