package org.sitegen.load;

import java.util.Locale;
import java.util.Set;

/** Where images live in the content folder and which files count as images. */
public final class ImageFiles {
    /** The one folder of the content that holds images, shared by every page. */
    public static final String FOLDER = "images";
    /** File name endings of images, lower case. */
    public static final Set<String> EXTENSIONS = Set.of("svg", "png", "jpg", "jpeg", "gif");

    private ImageFiles() {
    }

    public static boolean isImage(String fileName) {
        return EXTENSIONS.contains(extension(fileName));
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
