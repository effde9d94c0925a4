package org.sitegen.search;

import java.text.Normalizer;
import java.util.function.Consumer;

/**
 * Cuts text into index terms, exactly as {@code js/search.js} cuts a query: NFC, lower case by the edition's
 * locale (without the combining dot that İ leaves outside Turkish), words as runs of letters, marks and digits
 * (anything else, apostrophes and hyphens included, separates words), words of one character and stop words
 * dropped. Han, Hiragana and Katakana have no spaces between words: each run of them becomes its overlapping
 * character bigrams (a run of one character stays one term), so that a Japanese query, cut the same way,
 * matches where all its bigrams occur.
 */
public final class Tokenizer {
    private final SearchLanguage language;

    public Tokenizer(SearchLanguage language) {
        this.language = language;
    }

    /** The folded form of a text: what the browser compares against. */
    public String fold(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        String lower = nfc.toLowerCase(language.locale());
        return language.dottedI() || lower.indexOf('\u0307') < 0 ? lower : lower.replace("\u0307", "");
    }

    /** Feeds every term of {@code text} to {@code sink}, in order. */
    public void terms(String text, Consumer<String> sink) {
        String folded = fold(text);
        int n = folded.length();
        int wordStart = -1;
        int cjkStart = -1;
        int i = 0;
        while (i < n) {
            int cp = folded.codePointAt(i);
            int width = Character.charCount(cp);
            if (isCjk(cp)) {
                wordStart = flushWord(folded, wordStart, i, sink);
                if (cjkStart < 0) {
                    cjkStart = i;
                }
            } else if (isWordPart(cp)) {
                cjkStart = flushCjk(folded, cjkStart, i, sink);
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else {
                wordStart = flushWord(folded, wordStart, i, sink);
                cjkStart = flushCjk(folded, cjkStart, i, sink);
            }
            i += width;
        }
        flushWord(folded, wordStart, n, sink);
        flushCjk(folded, cjkStart, n, sink);
    }

    private int flushWord(String text, int start, int end, Consumer<String> sink) {
        if (start >= 0 && text.codePointCount(start, end) >= 2) {
            String word = text.substring(start, end);
            if (!language.stopWords().contains(word)) {
                sink.accept(word);
            }
        }
        return -1;
    }

    private static int flushCjk(String text, int start, int end, Consumer<String> sink) {
        if (start < 0) {
            return -1;
        }
        int count = text.codePointCount(start, end);
        if (count == 1) {
            sink.accept(text.substring(start, end));
            return -1;
        }
        int a = start;
        for (int k = 0; k < count - 1; k++) {
            int b = text.offsetByCodePoints(a, 1);
            int c = text.offsetByCodePoints(b, 1);
            sink.accept(text.substring(a, c));
            a = b;
        }
        return -1;
    }

    static boolean isCjk(int cp) {
        if (cp < 0x2E80) {
            return false; // below the CJK radicals: no Han, Hiragana or Katakana (and no script lookup for most text)
        }
        if (cp == 0x30FC) {
            return true; // the Katakana long vowel mark is "Common" script but belongs to the word
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Letters, marks and numbers: {@code [\p{L}\p{M}\p{N}]} in the browser. */
    static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
