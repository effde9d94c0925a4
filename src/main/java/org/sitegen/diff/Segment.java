package org.sitegen.diff;

/** A run of words in a word diff: kept, deleted from the old text or inserted in the new one. */
public record Segment(Op op, String text) {
    public enum Op { EQUAL, DELETE, INSERT }
}
