package org.sitegen.pipeline;

import java.nio.file.Path;

/**
 * What one build reads and writes.
 *
 * @param project the folder holding {@code templates/}, {@code assets/} and {@code jbake.properties}
 * @param content the content folder
 * @param output  where the finished site goes
 * @param drafts  whether drafts are published
 * @param baseUrl absolute URL of the output root for sitemaps and feeds, or empty
 */
public record BuildOptions(Path project, Path content, Path output, boolean drafts, String baseUrl) {
}
