package org.sitegen.diff;

import java.util.List;

/** One change of a product's status or wording in an edition, and the pages that show it (sorted). */
public record ProductCallout(ProductChange change, List<String> pages) {
}
