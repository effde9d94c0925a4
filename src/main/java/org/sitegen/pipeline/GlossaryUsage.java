package org.sitegen.pipeline;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Keys;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.render.ProcessedBody;

/** Warns about glossary entries that no page uses. */
final class GlossaryUsage {
    void warnUnused(SiteContent content, Map<PageId, ProcessedBody> bodies, Diagnostics diagnostics) {
        Set<String> used = new HashSet<>();
        bodies.forEach((id, body) -> {
            if (id.kind() != PageId.Kind.GLOSSARY) {
                body.terms().values().forEach(used::addAll);
            }
        });
        for (GlossaryEntry entry : content.glossary()) {
            if (!used.contains(entry.slug())) {
                diagnostics.warning(entry.path(), entry.lines().of(Keys.TERM), "glossary entry '" + entry.slug() + "' is used by no page");
            }
        }
    }
}
