package org.sitegen.images;

import org.sitegen.load.ImageFiles;

/**
 * One file of {@code content/images/}, read and checked.
 *
 * @param relative content-relative path, e.g. {@code images/pain-ladder.svg}
 * @param display  the path as editors see it in messages
 * @param bytes    the file's bytes
 * @param sha256   hex SHA-256 of the bytes
 * @param width    intrinsic width in CSS pixels
 * @param height   intrinsic height in CSS pixels
 */
public record SourceImage(String relative, String display, byte[] bytes, String sha256, int width, int height) {
    public String extension() {
        return ImageFiles.extension(relative);
    }

    public boolean vector() {
        return extension().equals("svg");
    }
}
