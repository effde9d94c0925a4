package org.sitegen.pipeline;

import java.util.Map;
import org.sitegen.audit.PageFacts;
import org.sitegen.model.PageId;
import org.sitegen.render.BodyStage;
import org.sitegen.render.view.PageView;

/**
 * What a successful build leaves for the next one (the preview server rebuilds with it): processed bodies keyed on
 * content hashes, the view of every page written, and the audit's facts of every page.
 */
record BuildCache(Map<PageId, BodyStage.CachedBody> bodies, Map<String, PageView> views, Map<String, PageFacts> facts) {
    static BuildCache empty() {
        return new BuildCache(Map.of(), Map.of(), Map.of());
    }
}
