package org.sitegen.model;

import java.util.List;
import java.util.Optional;
import org.sitegen.markdown.MarkdownResult;

/**
 * A glossary term: {@code content/glossary/<slug>.md}.
 *
 * @param shortDefinition the definition's first sentence, as plain text, for tooltips
 * @param allowPhrases    forbidden or investigational phrases the entry may use all the same
 */
public record GlossaryEntry(String slug, String path, String term, List<String> aliases, Optional<String> abbreviation,
                            List<String> seeAlso, MarkdownResult body, String shortDefinition, List<String> allowPhrases, KeyLines lines)
        implements ContentDocument {
    public PageId id() {
        return PageId.glossary(slug);
    }
}
