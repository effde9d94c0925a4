package org.sitegen.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a page may be published: products it discusses and its region allow- and deny-lists.
 *
 * @param regions the {@code regions} list as written; empty when the key is absent (every region), present but
 *                possibly empty when given
 */
public record PageRules(List<String> products, Optional<List<String>> regions, List<String> excludeRegions) {
}
