package org.sitegen.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.Keys;
import org.sitegen.model.SiteContent;
import org.sitegen.model.Translation;
import org.sitegen.model.TranslationKey;

/**
 * Every translation the content folder holds, matched with its source and compared with the source's current
 * fingerprint.
 *
 * @param byLanguage translations by language, then by the item they translate
 * @param sources    every translatable item of the content, with its source file's current fingerprint (empty for items
 *                   without a translation unless every fingerprint was asked for)
 */
public record Translations(Map<String, Map<TranslationKey, Entry>> byLanguage, Map<TranslationKey, String> sources) {

    /**
     * One translation and whether it is still current.
     *
     * @param current the source's fingerprint now
     */
    public record Entry(Translation translation, String current) {
        public boolean outdated() {
            return !translation.translatedFrom().equals(current);
        }
    }

    public static Translations none() {
        return new Translations(Map.of(), Map.of());
    }

    public Optional<Entry> of(String language, TranslationKey key) {
        return Optional.ofNullable(byLanguage.getOrDefault(language, Map.of()).get(key));
    }

    /** The languages that have at least one translation, sorted. */
    public Set<String> languages() {
        return new TreeSet<>(byLanguage.keySet());
    }

    /**
     * Matches the loaded translations with their sources. A translation of a file that does not exist, or into the
     * content's own language, is an error.
     *
     * @param everyFingerprint whether to fingerprint every source (the {@code translations} listing), or only those that
     *                         have a translation (a build: no source is read twice when nothing is translated)
     */
    public static Translations collect(List<ContentDocument> documents, SiteContent content, Path contentFolder,
                                       boolean everyFingerprint, Diagnostics diagnostics) {
        Map<TranslationKey, String> sources = new TreeMap<>();
        content.articles().forEach(a -> sources.put(TranslationKey.of(a.id()), ""));
        content.faq().forEach(f -> sources.put(TranslationKey.of(f.id()), ""));
        content.glossary().forEach(g -> sources.put(TranslationKey.of(g.id()), ""));
        content.products().forEach(p -> sources.put(TranslationKey.product(p.id()), ""));
        content.medicalDisclaimer().ifPresent(m -> sources.put(TranslationKey.medicalDisclaimer(), ""));
        content.pages().forEach(p -> sources.put(TranslationKey.of(p.id()), ""));
        if (Files.exists(contentFolder.resolve(TranslationKey.site().sourceRelative()))) {
            sources.put(TranslationKey.site(), "");
        }
        Map<TranslationKey, String> fingerprints = new HashMap<>();
        String siteLanguage = Languages.primary(content.site().language());
        Map<String, Map<TranslationKey, Entry>> byLanguage = new TreeMap<>();
        List<Translation> translations = new ArrayList<>();
        documents.stream().filter(d -> d instanceof Translation).map(d -> (Translation) d).forEach(translations::add);
        for (Translation t : translations) {
            TranslationKey key = t.key();
            Path source = contentFolder.resolve(key.sourceRelative());
            if (!sources.containsKey(key)) {
                if (!Files.exists(source)) {
                    diagnostics.error(t.path(), 1, "translation of a file that does not exist: " + DisplayPaths.of(source)
                            + "; a translation sits next to its source as <slug>.<lang>.md");
                }
                continue;
            }
            if (t.lang().equals(siteLanguage)) {
                diagnostics.error(t.path(), 1, "'" + t.lang() + "' is the language the content is written in ('language' in "
                        + "content/site.md): the source is the " + t.lang() + " version; remove this file");
                continue;
            }
            String current = fingerprints.computeIfAbsent(key, k -> fingerprint(source, t, diagnostics));
            byLanguage.computeIfAbsent(t.lang(), l -> new TreeMap<>()).put(key, new Entry(t, current));
        }
        for (TranslationKey key : sources.keySet()) {
            if (everyFingerprint || fingerprints.containsKey(key)) {
                sources.put(key, fingerprints.computeIfAbsent(key, k -> fingerprint(contentFolder.resolve(k.sourceRelative()), null,
                        diagnostics)));
            }
        }
        return new Translations(byLanguage, sources);
    }

    private static String fingerprint(Path source, Translation t, Diagnostics diagnostics) {
        try {
            return Fingerprint.of(source);
        } catch (IOException e) {
            diagnostics.error(t == null ? DisplayPaths.of(source) : t.path(), t == null ? 0 : t.lines().of(Keys.TRANSLATED_FROM),
                    "cannot read the source " + DisplayPaths.of(source) + ": " + e.getMessage());
            return "";
        }
    }
}
