package org.sitegen.model;

import java.util.Map;

/** The file line of each front-matter key of one file, so that any stage can point an editor at the right line. */
public record KeyLines(Map<String, Integer> lines, int firstLine) {
    public static final KeyLines NONE = new KeyLines(Map.of(), 1);

    /** The line of {@code key}, or the first line of the front matter when the key is absent. */
    public int of(FrontMatterKey<?> key) {
        return lines.getOrDefault(key.name(), firstLine);
    }
}
