package org.sitegen.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sitegen.review.Today;

/**
 * What one build reads and writes.
 *
 * @param project the folder holding {@code templates/}, {@code assets/} and {@code jbake.properties}
 * @param content the content folder
 * @param output  where the finished site goes
 * @param drafts  whether drafts are published
 * @param baseUrl absolute URL of the output root for sitemaps and feeds, or empty
 * @param strict  {@code --strict}: every warning is an error
 * @param today   the date overdue reviews are judged against (never shown on a page)
 */
public record BuildOptions(Path project, Path content, Path output, boolean drafts, String baseUrl, boolean strict, LocalDate today) {
    /** Not strict, judging reviews against {@link Today#fromEnvironment()}. */
    public BuildOptions(Path project, Path content, Path output, boolean drafts, String baseUrl) {
        this(project, content, output, drafts, baseUrl, false, Today.fromEnvironment());
    }
}
