package org.sitegen.pipeline;

import java.util.Map;
import org.sitegen.audit.PageFacts;
import org.sitegen.model.PageId;
import org.sitegen.render.BodyStage;
import org.sitegen.render.view.PageView;

/**
 * What a successful build leaves for the next one (the preview server rebuilds with it): processed bodies keyed on
 * content hashes, the view of every page written, the audit's facts of every page, and what the rebuild of one
 * edited page reads ({@link EditPreview}).
 */
record BuildCache(Map<PageId, BodyStage.CachedBody> bodies, Map<String, PageView> views, Map<String, PageFacts> facts,
                  java.util.Optional<EditState> edit) {
    static BuildCache empty() {
        return new BuildCache(Map.of(), Map.of(), Map.of(), java.util.Optional.empty());
    }
}
