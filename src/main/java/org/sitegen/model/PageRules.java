package org.sitegen.model;

import java.util.List;

/** Where a page may be published: products it discusses and its region allow- and deny-lists. */
public record PageRules(List<String> products, List<String> regions, List<String> excludeRegions) {
}
