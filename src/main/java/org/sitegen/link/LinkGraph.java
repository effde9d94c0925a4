package org.sitegen.link;

import java.util.List;

/** Links between pages as editors wrote them: body links and hand-picked related entries. */
public record LinkGraph(List<Edge> edges) {
    public enum Kind {
        LINK,
        RELATED
    }

    public record Edge(org.sitegen.model.PageId source, org.sitegen.model.PageId target, Kind kind) {
    }
}
