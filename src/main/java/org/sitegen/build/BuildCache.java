package org.sitegen.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.audit.PageFacts;
import org.sitegen.model.PageId;
import org.sitegen.render.ProcessedBody;

/**
 * What a build keeps for the next one (the preview server rebuilds with it): processed bodies, page models
 * and audit facts, each reused only when its inputs are unchanged.
 */
final class BuildCache {
    /** Everything a processed body depends on besides its own source: glossary, page titles, editions. */
    List<Object> siteSignature = List.of();
    final Map<PageId, CachedBody> bodies = new HashMap<>();
    Map<String, Map<String, Object>> models = new HashMap<>();
    Map<String, PageFacts> facts = new HashMap<>();

    record CachedBody(Object source, ProcessedBody body) {
    }
}
