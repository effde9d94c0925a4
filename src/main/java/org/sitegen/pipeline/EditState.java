package org.sitegen.pipeline;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitegen.audit.PageFacts;
import org.sitegen.glossary.GlossaryMatcher;
import org.sitegen.images.ImageCatalog;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.lang.Messages;
import org.sitegen.link.RelatedContent;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;
import org.sitegen.render.EditionLinks;
import org.sitegen.render.ProcessedBody;
import org.sitegen.render.RenderSettings;

/**
 * What the preview's builder keeps of its last published site so that one edited page can be rebuilt alone
 * ({@link EditPreview}): the content and everything the page's rendering and checks read.
 *
 * @param shown per edition, the content it shows (translations in place of their sources), for the claims check
 * @param facts the audit's facts of every published page, by output path
 * @param renderer the whole build's, whose prepared editions render the edited page again
 */
record EditState(BuildOptions options, SiteContent content, List<Edition> editions, Map<String, EditionLanguage> languages,
                 SiteIndex index, Map<String, SiteIndex> indexes, GlossaryMatcher matcher, ImageCatalog images,
                 Map<PageId, ProcessedBody> bodies, RelatedContent related, Map<String, EditionLinks> editionLinks,
                 RenderSettings settings, Map<String, Messages> messages, Function<Edition, SiteContent> shown,
                 Map<String, PageFacts> facts, org.sitegen.render.EditionRenderer renderer) {
}
