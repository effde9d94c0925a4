package org.sitegen.link;

import java.util.List;
import java.util.Map;
import org.sitegen.model.PageId;

/**
 * What the link stage hands on: the graph of links between pages, and for every body (articles, FAQ entries,
 * glossary entries) the resolution of each of its links, in the order of its {@code data-link} indexes.
 */
public record ResolvedLinks(LinkGraph graph, Map<PageId, List<Resolution>> byBody) {
    public List<Resolution> of(PageId body) {
        return byBody.getOrDefault(body, List.of());
    }
}
