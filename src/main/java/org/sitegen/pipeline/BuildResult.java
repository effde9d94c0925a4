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
 */
public record BuildResult(Diagnostics diagnostics, int pages, Map<String, Duration> stageTimes, LinkGraph links,
                          java.util.List<String> orphans) {
    public boolean ok() {
        return !diagnostics.hasErrors();
    }
}
