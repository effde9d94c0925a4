package org.sitegen.markdown;

import java.util.List;
import org.sitegen.model.Heading;
import org.sitegen.model.ImageUse;
import org.sitegen.model.SourceLink;

/**
 * One document's Markdown, rendered once.
 *
 * @param html         body HTML with marker attributes for later stages
 * @param headings     headings with their ids, in order
 * @param links        internal links and shorthands as written
 * @param regionBlocks the region codes of each {@code ::: region} container, with its file line
 * @param images       the images placed in the body (Markdown and raw HTML), in order
 */
public record MarkdownResult(String html, List<Heading> headings, List<SourceLink> links, List<RegionBlockUse> regionBlocks,
                             List<ImageUse> images) {

    public MarkdownResult(String html, List<Heading> headings, List<SourceLink> links, List<RegionBlockUse> regionBlocks) {
        this(html, headings, links, regionBlocks, List.of());
    }

    /** One {@code ::: region} container. */
    public record RegionBlockUse(List<String> regions, int line, boolean closed) {
    }
}
