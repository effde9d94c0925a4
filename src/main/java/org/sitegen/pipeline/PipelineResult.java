package org.sitegen.pipeline;

import java.util.List;
import org.sitegen.link.LinkGraph;
import org.sitegen.review.PageReview;

/**
 * What one run of the pipeline produced.
 *
 * @param pages  pages written into the staging folder
 * @param reused pages taken over unchanged from the previous build
 * @param next   what the next build may reuse, if this one is published
 * @param views  the output path of every page written, rendered or reused
 * @param reusedPages the output paths of the pages taken over unchanged
 */
record PipelineResult(int pages, int reused, LinkGraph links, List<String> orphans, List<PageReview> reviews, BuildCache next,
                      java.util.Set<String> views, java.util.Set<String> reusedPages) {
    static PipelineResult failed(LinkGraph links) {
        return new PipelineResult(0, 0, links, List.of(), List.of(), BuildCache.empty(), java.util.Set.of(), java.util.Set.of());
    }
}
