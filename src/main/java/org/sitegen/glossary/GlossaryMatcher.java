package org.sitegen.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.sitegen.lang.CaseFolding;
import org.sitegen.lang.Languages;
import org.sitegen.model.GlossaryEntry;

/**
 * Finds every glossary term, alias and abbreviation in a text in one pass (two Aho–Corasick automata
 * built once per build and language: one for words, matched regardless of case, one case-sensitive for
 * abbreviations). Case is folded with the language's rules ({@link CaseFolding}: in Turkish "İ" folds to "i" and
 * "I" to "ı"). Whole words only, except in languages written without spaces (Japanese, Chinese), where a term
 * matches anywhere; simple plurals in English only; the longest match wins where matches overlap.
 */
public final class GlossaryMatcher {
    private final CaseFolding folding;
    private final Trie words;
    private final Trie abbreviations;
    private final Map<String, String> slugByWord = new HashMap<>();
    private final Map<String, String> slugByAbbreviation = new HashMap<>();

    /** A matcher for English terms. */
    public GlossaryMatcher(List<GlossaryEntry> entries) {
        this(entries, "en");
    }

    /** A matcher for terms written in {@code languageTag}. */
    public GlossaryMatcher(List<GlossaryEntry> entries, String languageTag) {
        this.folding = CaseFolding.of(languageTag);
        boolean spaced = !Languages.writtenWithoutSpaces(languageTag);
        boolean english = Languages.primary(languageTag).equals("en");
        Trie.TrieBuilder wordTrie = Trie.builder();
        Trie.TrieBuilder abbreviationTrie = Trie.builder();
        if (spaced) {
            wordTrie.onlyWholeWords();
            abbreviationTrie.onlyWholeWords();
        }
        for (GlossaryEntry entry : entries) {
            List<String> names = new ArrayList<>();
            names.add(entry.term());
            names.addAll(entry.aliases());
            for (String name : names) {
                for (String form : english ? forms(name) : List.of(name.strip())) {
                    String key = folding.fold(form);
                    if (slugByWord.putIfAbsent(key, entry.slug()) == null) {
                        wordTrie.addKeyword(key);
                    }
                }
            }
            entry.abbreviation().ifPresent(abbreviation -> {
                for (String form : english ? List.of(abbreviation, abbreviation + "s") : List.of(abbreviation)) {
                    if (slugByAbbreviation.putIfAbsent(form, entry.slug()) == null) {
                        abbreviationTrie.addKeyword(form);
                    }
                }
            });
        }
        this.words = wordTrie.build();
        this.abbreviations = abbreviationTrie.build();
    }

    /** The name and its simple plurals: "joint" → "joints"; "process" → "processes"; "therapy" → "therapies". */
    static List<String> forms(String name) {
        String n = name.strip();
        List<String> forms = new ArrayList<>(List.of(n));
        String lower = fold(n);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh") || lower.endsWith("z")) {
            forms.add(n + "es");
        } else if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            forms.add(n.substring(0, n.length() - 1) + "ies");
        } else {
            forms.add(n + "s");
        }
        return forms;
    }

    static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** All matches in {@code text}, non-overlapping, longest first where they compete, in text order. */
    public List<GlossaryMatch> find(String text) {
        List<GlossaryMatch> candidates = new ArrayList<>();
        for (Emit emit : words.parseText(folding.fold(text))) {
            String slug = slugByWord.get(emit.getKeyword());
            candidates.add(new GlossaryMatch(emit.getStart(), emit.getEnd() + 1, slug));
        }
        for (Emit emit : abbreviations.parseText(text)) {
            candidates.add(new GlossaryMatch(emit.getStart(), emit.getEnd() + 1, slugByAbbreviation.get(emit.getKeyword())));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt(GlossaryMatch::length).reversed().thenComparingInt(GlossaryMatch::start));
        // chosen matches by start; they never overlap, so the one starting last before a candidate's end is the only one
        // that can overlap it: O(m log m) for m matches, not O(m²) (a long text full of terms must stay fast)
        TreeMap<Integer, GlossaryMatch> chosen = new TreeMap<>();
        for (GlossaryMatch candidate : candidates) {
            Map.Entry<Integer, GlossaryMatch> before = chosen.floorEntry(candidate.end() - 1);
            if (before == null || before.getValue().end() <= candidate.start()) {
                chosen.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(chosen.values());
    }
}
