package org.sitegen.lang;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The letters a language's index is grouped under (the {@code glossary.alphabet} interface string, e.g.
 * {@code ABCÇDEFGĞHIİJ…} in Turkish), and its order of words. A language without an alphabet (Japanese, Chinese)
 * groups words under their first character.
 */
public final class Alphabet {
    /** The group of words that start with no letter of the alphabet. */
    public static final String OTHER = "#";

    private final List<String> letters;
    private final Locale locale;
    private final Collator collator;

    public Alphabet(String letters, String languageTag) {
        this.letters = letters.codePoints().filter(c -> !Character.isWhitespace(c)).mapToObj(Character::toString).toList();
        this.locale = Languages.locale(languageTag);
        this.collator = Collator.getInstance(locale);
        collator.setStrength(Collator.TERTIARY);
    }

    /** The alphabet's letters in order. */
    public List<String> letters() {
        return letters;
    }

    /** The group of {@code word}: its first letter in the language's upper case, that letter without accents, or {@link #OTHER}. */
    public String letterOf(String word) {
        if (word.isEmpty()) {
            return OTHER;
        }
        String first = Character.toString(word.codePointAt(0));
        String upper = first.toUpperCase(locale);
        if (letters.isEmpty()) {
            return Character.isLetterOrDigit(first.codePointAt(0)) ? upper : OTHER;
        }
        if (letters.contains(upper)) {
            return upper;
        }
        String bare = Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return letters.contains(bare) ? bare : OTHER;
    }

    /** Words in the language's dictionary order. */
    public Comparator<String> order() {
        return collator::compare;
    }

    /** Groups in order: the alphabet's, then others in dictionary order, then {@link #OTHER}. */
    public List<String> sortGroups(java.util.Collection<String> groups) {
        List<String> sorted = new ArrayList<>();
        letters.stream().filter(groups::contains).forEach(sorted::add);
        groups.stream().filter(g -> !letters.contains(g) && !g.equals(OTHER)).sorted(order()).forEach(sorted::add);
        if (groups.contains(OTHER)) {
            sorted.add(OTHER);
        }
        return sorted;
    }

    /** An HTML id for a group: {@code letter-a} for ASCII letters, {@code letter-u011f} for others. */
    public static String idOf(String letter) {
        if (letter.equals(OTHER)) {
            return "letter-other";
        }
        if (letter.length() == 1 && letter.charAt(0) < 128 && Character.isLetterOrDigit(letter.charAt(0))) {
            return "letter-" + letter.toLowerCase(Locale.ROOT);
        }
        StringBuilder id = new StringBuilder("letter-");
        letter.codePoints().forEach(c -> id.append('u').append(Integer.toHexString(c)));
        return id.toString();
    }
}
