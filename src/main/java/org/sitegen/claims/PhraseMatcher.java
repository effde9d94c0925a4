package org.sitegen.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Finds listed phrases in a text: whole words only (Aho–Corasick), case-insensitive under the edition's language.
 * Text and phrases are lower-cased with the edition's {@link Locale}, so that in Turkish {@code KESİN} matches
 * {@code kesin} and {@code ILIK} matches {@code ılık}; and, where that language folds differently, also with the
 * language-neutral rules, so that English text in a Turkish edition ({@code RISK-FREE}) still matches
 * {@code risk-free}. Runs of white space, no-break spaces included, count as one space.
 */
final class PhraseMatcher {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0]+");

    private final Locale locale;
    private final Trie trie;
    /** Every folded form of a phrase to the phrase as listed. */
    private final Map<String, String> listed = new HashMap<>();
    private final List<String> phrases = new ArrayList<>();

    PhraseMatcher(List<String> phrases, Locale locale) {
        this.locale = locale;
        Trie.TrieBuilder builder = Trie.builder().onlyWholeWords();
        for (String phrase : phrases) {
            for (String folded : forms(phrase)) {
                if (!folded.isEmpty() && listed.putIfAbsent(folded, phrase) == null) {
                    builder.addKeyword(folded);
                }
            }
            this.phrases.add(phrase);
        }
        this.trie = builder.build();
    }

    boolean isEmpty() {
        return listed.isEmpty();
    }

    /** The text as matched under the edition's language: lower case, white space collapsed. */
    String fold(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(locale);
    }

    private Set<String> forms(String text) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(fold(text));
        forms.add(SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT));
        return forms;
    }

    /** The listed phrases (as listed) that occur in {@code text}, in list order. */
    List<String> find(String text) {
        if (listed.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String form : forms(text)) {
            for (Emit emit : trie.parseText(form)) {
                found.add(listed.get(emit.getKeyword()));
            }
        }
        return phrases.stream().filter(found::contains).distinct().toList();
    }

    /** Whether {@code phrase} occurs in {@code text}. */
    boolean contains(String text, String phrase) {
        return !new PhraseMatcher(List.of(phrase), locale).find(text).isEmpty();
    }
}
