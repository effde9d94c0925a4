package org.sitegen.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitegen.markdown.MarkdownResult;

/**
 * A translation: {@code <folder>/<slug>.<lang>.md} next to its source (or {@code medical-disclaimer.<lang>.md},
 * {@code site.<lang>.md}). It carries only words; everything else comes from the source.
 *
 * @param lang           the primary language subtag it is written in, e.g. {@code tr}
 * @param sourcePath     the source file as editors see it, e.g. {@code content/articles/x.md}
 * @param tagline        a site translation's tagline
 * @param topics         a site translation's topic names, by the key written (a topic's slug or source name)
 * @param translatedFrom the fingerprint of the source it was made from ({@code translated_from})
 */
public record Translation(Of of, String slug, String lang, String path, String sourcePath,
                          Optional<String> title, Optional<String> summary, Optional<String> topic, Optional<String> term,
                          Optional<List<String>> aliases, Optional<String> abbreviation, Optional<String> name,
                          Map<String, String> wording, Optional<String> tagline, Map<String, Named> topics,
                          MarkdownResult body, String bodyHtml, String shortDefinition,
                          String translatedFrom, KeyLines lines) implements ContentDocument {

    /** What a translation translates. */
    public enum Of {
        ARTICLE, FAQ, GLOSSARY, PRODUCT, MEDICAL_DISCLAIMER, PAGE, SITE
    }

    /** A name given in a translation, with the file line it is written on. */
    public record Named(String name, int line) {
    }

    /** The item it translates, as {@link TranslationKey}. */
    public TranslationKey key() {
        return new TranslationKey(of, slug);
    }
}
