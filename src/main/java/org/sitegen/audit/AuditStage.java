package org.sitegen.audit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.SiteContent;

/**
 * The audit stage: reads every written page of the staged output back and checks what every page must carry.
 * Problems name the page where it will be published ({@code <output>/<edition>/…}), not the staging folder.
 */
public final class AuditStage {
    private final EditionAudit audit;

    public AuditStage(SiteContent content, Path output, String baseUrl) {
        this.audit = new EditionAudit(content.regions(), content.products(), output.toString().replace('\\', '/'), baseUrl);
    }

    /**
     * @param previous facts of the previous build's pages
     * @param unchanged output paths taken over unchanged: judged by their previous facts, not read again
     * @return the facts of every page, for the next build
     */
    public Map<String, PageFacts> audit(Path staging, Diagnostics diagnostics, Map<String, PageFacts> previous, Set<String> unchanged) {
        return audit.audit(staging, diagnostics, previous, unchanged, true);
    }
}
