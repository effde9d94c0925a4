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
import org.sitegen.model.GlossaryEntry;

/**
 * Finds every glossary term, alias and abbreviation in a text in one pass (two Aho–Corasick automata
 * built once per build: one case-insensitive for words, one case-sensitive for abbreviations).
 * Whole words only, simple plurals, and the longest match wins where matches overlap.
 */
public final class GlossaryMatcher {
    private final Trie words;
    private final Trie abbreviations;
    private final Map<String, String> slugByWord = new HashMap<>();
    private final Map<String, String> slugByAbbreviation = new HashMap<>();

    public GlossaryMatcher(List<GlossaryEntry> entries) {
        Trie.TrieBuilder wordTrie = Trie.builder().ignoreCase().onlyWholeWords();
        Trie.TrieBuilder abbreviationTrie = Trie.builder().onlyWholeWords();
        for (GlossaryEntry entry : entries) {
            List<String> names = new ArrayList<>();
            names.add(entry.term());
            names.addAll(entry.aliases());
            for (String name : names) {
                for (String form : forms(name)) {
                    String key = fold(form);
                    if (slugByWord.putIfAbsent(key, entry.slug()) == null) {
                        wordTrie.addKeyword(form);
                    }
                }
            }
            entry.abbreviation().ifPresent(abbreviation -> {
                for (String form : List.of(abbreviation, abbreviation + "s")) {
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
        for (Emit emit : words.parseText(text)) {
            String slug = slugByWord.get(fold(emit.getKeyword()));
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
