package org.sitegen.model;

/**
 * A heading of a page body: its level (2 for {@code ##}), generated id and text, and the regions of the
 * {@code ::: region} passage it stands in (empty when every edition shows it).
 */
public record Heading(int level, String id, String text, java.util.List<String> regions) {
    public Heading(int level, String id, String text) {
        this(level, id, text, java.util.List.of());
    }

    /** Whether the edition {@code code} shows this heading. */
    public boolean shownIn(String code) {
        return regions.isEmpty() || regions.contains(code);
    }
}
