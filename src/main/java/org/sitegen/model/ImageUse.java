package org.sitegen.model;

/**
 * An image an editor placed in a body, as written: {@code ![alt](../images/x.svg "title")} or a raw-HTML
 * {@code <img src alt title>}.
 *
 * @param src   the source as written, relative to the file ({@code ../images/pain-ladder.svg})
 * @param alt   the alternative text ({@code null} when a raw {@code <img>} has no alt attribute at all)
 * @param title the title, or empty; {@value #DECORATIVE} marks an image that needs no alt text
 * @param line  1-based file line
 */
public record ImageUse(String src, String alt, String title, int line) {
    /** The title that marks a purely decorative image: its alt text stays empty and the title is dropped. */
    public static final String DECORATIVE = "decorative";

    public boolean decorative() {
        return DECORATIVE.equals(title);
    }
}
