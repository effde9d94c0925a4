package org.sitegen.pipeline;

import java.time.Duration;
import java.util.Map;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.link.LinkGraph;

/**
 * The outcome of one build.
 *
 * @param pages       pages written (0 when the build failed)
 * @param stageTimes  wall-clock time per pipeline stage, in run order
 * @param links       the link graph (empty when content did not load)
 * @param orphans     source files of pages that no other page links to or lists as related
 * @param reviews     the review schedule of every published page, soonest first
 */
public record BuildResult(Diagnostics diagnostics, int pages, Map<String, Duration> stageTimes, LinkGraph links,
                          java.util.List<String> orphans, java.util.List<org.sitegen.review.PageReview> reviews) {
    public boolean ok() {
        return !diagnostics.hasErrors();
    }
}
