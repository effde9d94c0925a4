package org.sitegen.diff;

/** A short value of a page that changed, e.g. {@code title} or {@code reviewed}; empty means absent. */
public record FieldChange(String field, String before, String after) {
}
