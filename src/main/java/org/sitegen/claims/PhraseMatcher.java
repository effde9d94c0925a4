package org.sitegen.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    /** Languages whose lower-casing differs from the language-neutral one (Java's special cases). */
    private static final Set<String> SPECIAL_CASE_LANGUAGES = Set.of("tr", "az", "lt");

    private final Locale locale;
    private final boolean neutralToo;
    private final Trie trie;
    /** Every folded form of a phrase to the phrase as listed. */
    private final Map<String, String> listed = new HashMap<>();
    private final List<String> phrases = new ArrayList<>();

    PhraseMatcher(List<String> phrases, Locale locale) {
        this.locale = locale;
        this.neutralToo = SPECIAL_CASE_LANGUAGES.contains(locale.getLanguage());
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
        return spaced(text).toLowerCase(locale);
    }

    /** White space runs (no-break spaces included) as one space, none at the ends. */
    private static String spaced(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@code text} folded under the edition's language and, when that differs, under the language-neutral rules;
     * matchers of the same language share it.
     */
    Set<String> forms(String text) {
        String spaced = spaced(text);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(spaced.toLowerCase(locale));
        if (neutralToo) {
            forms.add(spaced.toLowerCase(Locale.ROOT));
        }
        return forms;
    }

    /** The listed phrases (as listed) that occur in {@code text}, in list order. */
    List<String> find(String text) {
        return listed.isEmpty() ? List.of() : find(forms(text));
    }

    /** The listed phrases that occur in a text given by its {@link #forms}. */
    List<String> find(Set<String> forms) {
        if (listed.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String form : forms) {
            for (Emit emit : trie.parseText(form)) {
                found.add(listed.get(emit.getKeyword()));
            }
        }
        return phrases.stream().filter(found::contains).distinct().toList();
    }

    /** A matcher for {@code phrase} alone, under the same language. */
    PhraseMatcher only(String phrase) {
        return new PhraseMatcher(List.of(phrase), locale);
    }

    /** Whether any listed phrase occurs in {@code text}. */
    boolean matches(String text) {
        return !find(text).isEmpty();
    }
}
