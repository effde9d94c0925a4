package org.sitegen.model;

/**
 * The attributes and class that stages leave on body HTML for later stages; all are removed or consumed
 * before a page is written, except {@link #NO_GLOSS}, which readers' pages keep.
 */
public final class Markers {
    /** On an internal link: its index in the body's list of links, whose resolution the link stage computed. */
    public static final String LINK = "data-link";
    /** On a shorthand without {@code |text}: the link text becomes the target's title. */
    public static final String AUTO_TEXT = "data-auto-text";
    /** On a {@code ::: region} passage: its region codes. */
    public static final String REGION_BLOCK = "data-region-block";
    /** On a rewritten link: the page it points to, for backlinks and for unlinking pages an edition leaves out. */
    public static final String TARGET = "data-target";
    /** On a glossary link: the entry's slug. */
    public static final String TERM = "data-term";
    /** Class of text that glossary linking must leave alone. */
    public static final String NO_GLOSS = "no-gloss";

    private Markers() {
    }
}
