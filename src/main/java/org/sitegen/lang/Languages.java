package org.sitegen.lang;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

/** What the build needs to know about a language tag: its primary subtag, locale, direction, dates and numbers. */
public final class Languages {
    /** Primary subtags of languages written right to left. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi");
    /** Languages written without spaces between words: glossary terms match inside runs of letters. */
    private static final Set<String> WITHOUT_SPACES = Set.of("ja", "zh", "th", "lo", "km", "my");

    private Languages() {
    }

    /** The primary language subtag of a BCP 47 tag, lowercase: {@code tr-TR} → {@code tr}. */
    public static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    public static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }

    /** {@code rtl} or {@code ltr}. */
    public static String direction(String tag) {
        return RIGHT_TO_LEFT.contains(primary(tag)) ? "rtl" : "ltr";
    }

    public static boolean writtenWithoutSpaces(String tag) {
        return WITHOUT_SPACES.contains(primary(tag));
    }

    /** A date as readers of {@code tag} write it in running text, e.g. {@code 18 Mart 2026}, {@code 2026年3月18日}. */
    public static String date(LocalDate date, String tag) {
        Locale locale = locale(tag);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withDecimalStyle(DecimalStyle.of(locale)).format(date);
    }

    /** A whole number with the grouping of {@code tag}. */
    public static String number(long n, String tag) {
        return NumberFormat.getIntegerInstance(locale(tag)).format(n);
    }

    /** The name of language {@code tag} in language {@code in}, e.g. {@code İngilizce} for {@code en} in {@code tr}. */
    public static String name(String tag, String in) {
        String name = locale(primary(tag)).getDisplayLanguage(locale(in));
        return name.isEmpty() ? tag : name;
    }

    /** Whether two tags name the same language (primary subtags equal). */
    public static boolean sameLanguage(String a, String b) {
        return primary(a).equals(primary(b));
    }
}
