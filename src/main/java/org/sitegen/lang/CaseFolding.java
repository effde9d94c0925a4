package org.sitegen.lang;

/**
 * Lower-cases text character by character with a language's rules, keeping every character at its index (so
 * that matches found in the folded text are positions in the original). Turkish and Azerbaijani fold dotted
 * capital İ to i and dotless capital I to ı; other languages use the Unicode lower case of each character.
 */
public final class CaseFolding {
    private final boolean turkic;

    private CaseFolding(boolean turkic) {
        this.turkic = turkic;
    }

    public static CaseFolding of(String languageTag) {
        String primary = Languages.primary(languageTag);
        return new CaseFolding(primary.equals("tr") || primary.equals("az"));
    }

    public String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (turkic && c == 'I') {
                chars[i] = 'ı';
            } else if (turkic && c == 'İ') {
                chars[i] = 'i';
            } else if (!Character.isSurrogate(c)) {
                chars[i] = Character.toLowerCase(c);
            }
        }
        return new String(chars);
    }
}
