package org.sitegen.glossary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.Suggestions;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Keys;

/** Checks the glossary as a whole: names defined twice, unknown see-also slugs, terms that can never link. */
public final class GlossaryChecker {

    /** @param matcher the build's matcher over {@code entries} */
    public void check(List<GlossaryEntry> entries, GlossaryMatcher matcher, Diagnostics diagnostics) {
        Map<String, GlossaryEntry> byName = new HashMap<>();
        Map<String, GlossaryEntry> byAbbreviation = new HashMap<>();
        Set<String> slugs = entries.stream().map(GlossaryEntry::slug).collect(Collectors.toSet());
        for (GlossaryEntry entry : entries) {
            for (String name : names(entry)) {
                String key = name.toLowerCase(Locale.ROOT);
                GlossaryEntry first = byName.putIfAbsent(key, entry);
                if (first != null && first != entry) {
                    int line = entry.lines().of(name.equals(entry.term()) ? Keys.TERM : Keys.ALIASES);
                    diagnostics.error(entry.path(), line, "'" + name + "' is already defined in " + first.path());
                }
            }
            entry.abbreviation().ifPresent(abbreviation -> {
                GlossaryEntry first = byAbbreviation.putIfAbsent(abbreviation, entry);
                if (first != null) {
                    diagnostics.error(entry.path(), entry.lines().of(Keys.ABBREVIATION),
                            "abbreviation '" + abbreviation + "' is already defined in " + first.path());
                }
            });
            for (String seeAlso : entry.seeAlso()) {
                if (!slugs.contains(seeAlso)) {
                    diagnostics.error(entry.path(), entry.lines().of(Keys.SEE_ALSO),
                            "see_also names unknown glossary entry '" + seeAlso + "'" + Suggestions.hint(seeAlso, slugs));
                }
            }
        }
        warnShadowed(entries, matcher, diagnostics);
    }

    /**
     * A name that only ever occurs inside a longer name of another entry can never be linked there:
     * warn when a whole name of one entry is exactly the same words as another's apart from case.
     */
    private static void warnShadowed(List<GlossaryEntry> entries, GlossaryMatcher matcher, Diagnostics diagnostics) {
        for (GlossaryEntry entry : entries) {
            for (String name : names(entry)) {
                List<GlossaryMatch> matches = matcher.find(name);
                boolean self = matches.size() == 1 && matches.get(0).slug().equals(entry.slug())
                        && matches.get(0).length() == name.length();
                if (!self && !matches.isEmpty()) {
                    String other = matches.stream().map(GlossaryMatch::slug).filter(s -> !s.equals(entry.slug())).findFirst().orElse(null);
                    if (other != null && matches.stream().noneMatch(m -> m.slug().equals(entry.slug()))) {
                        diagnostics.warning(entry.path(), entry.lines().of(name.equals(entry.term()) ? Keys.TERM : Keys.ALIASES), "'" + name
                                + "' can never be linked: the glossary entry '" + other + "' matches it first");
                    }
                }
            }
        }
    }

    private static List<String> names(GlossaryEntry entry) {
        List<String> names = new java.util.ArrayList<>();
        names.add(entry.term());
        names.addAll(entry.aliases());
        return names;
    }
}
