package org.sitegen.lang;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitegen.diagnostics.DisplayPaths;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;
import org.sitegen.model.TranslationKey;

/**
 * What {@code translations} prints: for every language of a region (other than the content's) and every language
 * translations exist in, each translatable file as {@code current}, {@code outdated} or {@code missing}, with the
 * fingerprint to stamp; for an outdated one in a Git repository, the source's diff since the stamped version.
 */
public final class TranslationReport {
    private final SiteContent content;
    private final Translations translations;
    private final Path contentFolder;

    public TranslationReport(SiteContent content, Translations translations, Path contentFolder) {
        this.content = content;
        this.translations = translations;
        this.contentFolder = contentFolder;
    }

    /** The languages reported, with the regions whose editions are in each. */
    public Map<String, List<String>> languages() {
        Map<String, List<String>> languages = new TreeMap<>();
        for (Region region : content.regions()) {
            if (!Languages.sameLanguage(region.lang(), content.site().language())) {
                languages.computeIfAbsent(Languages.primary(region.lang()), l -> new java.util.ArrayList<>()).add(region.code());
            }
        }
        translations.languages().forEach(l -> languages.computeIfAbsent(l, k -> new java.util.ArrayList<>()));
        return languages;
    }

    public void print(PrintWriter out) throws IOException {
        Optional<SourceHistory> history = SourceHistory.of(contentFolder);
        try {
            out.println("status    fingerprint   translation");
            for (Map.Entry<String, List<String>> language : languages().entrySet()) {
                printLanguage(out, language.getKey(), language.getValue(), history);
            }
        } finally {
            history.ifPresent(SourceHistory::close);
        }
        out.flush();
    }

    private void printLanguage(PrintWriter out, String language, List<String> regions, Optional<SourceHistory> history) throws IOException {
        int current = 0;
        int outdated = 0;
        int missing = 0;
        StringBuilder rows = new StringBuilder();
        for (Map.Entry<TranslationKey, String> source : new TreeMap<>(translations.sources()).entrySet()) {
            TranslationKey key = source.getKey();
            String fingerprint = source.getValue();
            String shown = DisplayPaths.of(contentFolder.resolve(key.translationRelative(language)));
            Optional<Translations.Entry> entry = translations.of(language, key);
            if (entry.isEmpty()) {
                missing++;
                rows.append(String.format("missing   %s  %s%n", fingerprint, shown));
            } else if (!entry.get().outdated()) {
                current++;
                rows.append(String.format("current   %s  %s%n", fingerprint, shown));
            } else {
                outdated++;
                String stamped = entry.get().translation().translatedFrom();
                rows.append(String.format("outdated  %s  %s (translated from %s)%n", fingerprint, shown, stamped));
                if (history.isPresent()) {
                    rows.append(changes(history.get(), key, stamped));
                }
            }
        }
        out.println();
        out.println(language + (regions.isEmpty() ? " (no region)" : " (" + String.join(", ", new TreeSet<>(regions)) + ")") + ": "
                + current + " current, " + outdated + " outdated, " + missing + " missing");
        out.print(rows);
    }

    /** The source's diff since the version the translation was made from, indented under its row. */
    private String changes(SourceHistory history, TranslationKey key, String stamped) throws IOException {
        Path source = contentFolder.resolve(key.sourceRelative());
        String shown = DisplayPaths.of(source);
        Optional<SourceHistory.Version> version = history.versionWithFingerprint(source, stamped);
        if (version.isEmpty()) {
            return "    no commit of " + shown + " has fingerprint " + stamped + ": cannot show what changed\n";
        }
        StringBuilder text = new StringBuilder("    changes to " + shown + " since " + stamped + " (commit " + version.get().commit() + "):\n");
        SourceHistory.diff(version.get().text(), source).lines().forEach(line -> text.append("    ").append(line).append('\n'));
        return text.toString();
    }
}
