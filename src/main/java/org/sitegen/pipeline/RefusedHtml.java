package org.sitegen.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.render.ProcessedBody;

/** Reports bodies whose final parse the HTML allowlist refused (HTML that only turns harmful once a whole body is parsed). */
final class RefusedHtml {
    /** @return whether any body was refused */
    boolean report(SiteContent content, Map<PageId, ProcessedBody> bodies, Diagnostics diagnostics) {
        List<ContentDocument> documents = new ArrayList<>(content.allPages());
        documents.addAll(content.glossary());
        return report(documents, bodies, diagnostics);
    }

    /** The same for {@code documents} (pages and glossary entries); those without a body in {@code bodies} are skipped. */
    boolean report(List<? extends ContentDocument> documents, Map<PageId, ProcessedBody> bodies, Diagnostics diagnostics) {
        boolean refused = false;
        for (ContentDocument document : documents) {
            PageId id = document instanceof org.sitegen.model.Page page ? page.id() : ((org.sitegen.model.GlossaryEntry) document).id();
            ProcessedBody body = bodies.get(id);
            if (body == null) {
                continue;
            }
            for (String message : body.refused()) {
                diagnostics.error(document.path(), 0, message.startsWith("raw HTML: ")
                        ? message + " (found once the whole body is read as one page)" : message);
                refused = true;
            }
        }
        return refused;
    }
}
