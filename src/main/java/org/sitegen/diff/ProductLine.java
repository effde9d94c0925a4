package org.sitegen.diff;

/** One {@code [data-product]} line of a page's regulatory disclaimer. */
public record ProductLine(String id, String status, String text) {
}
