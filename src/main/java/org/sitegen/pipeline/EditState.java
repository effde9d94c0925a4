package org.sitegen.pipeline;

import java.util.List;
import java.util.Map;
import org.sitegen.audit.PageFacts;
import org.sitegen.glossary.GlossaryMatcher;
import org.sitegen.images.ImageCatalog;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.lang.Messages;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;
import org.sitegen.render.ProcessedBody;

/**
 * What the preview's builder keeps of its last published site so that one edited page can be rebuilt alone
 * ({@link EditPreview}): the content and everything the page's checks read; the renderer holds what rendering reads.
 *
 * @param facts the audit's facts of every published page, by output path
 * @param renderer the whole build's, whose prepared editions render the edited page again
 */
record EditState(BuildOptions options, SiteContent content, List<Edition> editions, Map<String, EditionLanguage> languages,
                 SiteIndex index, GlossaryMatcher matcher, ImageCatalog images, Map<PageId, ProcessedBody> bodies,
                 Map<String, Messages> messages, Map<String, PageFacts> facts, org.sitegen.render.EditionRenderer renderer) {
}
