package org.sitegen.audit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.lang.Messages;
import org.sitegen.model.SiteContent;
import org.sitegen.render.Urls;

/**
 * The audit stage: reads every written page of the staged output back and checks what every page must carry.
 * Problems on an article's page name its source file (and the page); others name the page where it will be published
 * ({@code <output>/<edition>/…}), never the staging folder.
 */
public final class AuditStage {
    private final EditionAudit audit;

    /**
     * @param languages per edition code, the content it shows (translated products)
     * @param messages  per edition code, its interface strings (the default product sentences)
     */
    public AuditStage(SiteContent content, Map<String, EditionLanguage> languages, Map<String, Messages> messages, Path output,
                      String baseUrl) {
        Map<String, String> sources = new java.util.HashMap<>();
        content.articles().forEach(a -> sources.put(Urls.file(Urls.article(a.slug())), a.path()));
        this.audit = new EditionAudit(content.regions(), EditionAudit.expectedProductLines(content.regions(), languages, messages),
                output.toString().replace('\\', '/'), baseUrl, sources);
    }

    /**
     * @param previous facts of the previous build's pages
     * @param unchanged output paths taken over unchanged: judged by their previous facts, not read again
     * @param keep      whether to return the facts of every page, for the next build (the preview's)
     * @return the facts of every page when {@code keep}, else an empty map
     */
    public Map<String, PageFacts> audit(Path staging, Diagnostics diagnostics, Map<String, PageFacts> previous, Set<String> unchanged,
                                        boolean keep) {
        return audit.audit(staging, diagnostics, previous, unchanged, keep);
    }

    /** Audits only the pages {@code written} into {@code scratch}, against every other page's {@code known} facts. */
    public Map<String, PageFacts> auditOnly(Path scratch, java.util.List<String> written, Map<String, PageFacts> known, Path output,
                                            Diagnostics diagnostics) {
        return audit.auditOnly(scratch, written, known, output, diagnostics);
    }
}
