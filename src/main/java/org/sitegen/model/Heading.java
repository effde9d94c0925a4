package org.sitegen.model;

/** A heading of a page body: its level (2 for {@code ##}), generated id and text. */
public record Heading(int level, String id, String text) {
}
