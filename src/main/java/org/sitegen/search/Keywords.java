package org.sitegen.search;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that stand for a body in the search index: its most frequent words of four letters or more,
 * common English words left out, ties broken alphabetically. Shipping these instead of whole bodies keeps the
 * index of a large edition small enough to download.
 */
public final class Keywords {
    public static final int PER_DOCUMENT = 24;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'-]{3,}");
    private static final Set<String> COMMON = Set.of("about", "after", "also", "and", "are", "because", "been", "before",
            "being", "between", "both", "can", "could", "does", "each", "even", "from", "have", "into", "just", "like",
            "many", "more", "most", "much", "only", "other", "over", "same", "should", "some", "such", "than", "that",
            "their", "them", "then", "there", "these", "they", "this", "those", "through", "usually", "very", "what",
            "when", "where", "which", "while", "will", "with", "within", "would", "your", "often", "may", "might",
            "people", "person", "someone", "something", "whether");

    /** Up to {@link #PER_DOCUMENT} keywords of {@code text}. */
    public List<String> of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!COMMON.contains(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(PER_DOCUMENT)
                .map(Map.Entry::getKey)
                .toList();
    }
}
