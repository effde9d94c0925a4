package org.sitegen.render;

import java.util.Map;
import java.util.Set;
import org.sitegen.model.PageId;

/**
 * A body after link rewriting, glossary linking and region filtering, for every edition that shows it.
 * Editions that see the same HTML share one string.
 *
 * @param html    final HTML per edition code
 * @param targets pages the body links to, per edition code (for backlinks)
 * @param terms   glossary slugs linked in the body, per edition code (for "Used in")
 * @param refused  what the HTML allowlist found on the parse that would have been published (then nothing else is set)
 */
public record ProcessedBody(Map<String, String> html, Map<String, Set<PageId>> targets, Map<String, Set<String>> terms,
                            java.util.List<String> refused) {
    static ProcessedBody refused(java.util.List<String> messages) {
        return new ProcessedBody(Map.of(), Map.of(), Map.of(), messages);
    }
}
