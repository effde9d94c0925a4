package org.sitegen.diagnostics;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known name closest to a misspelt one, to turn an error into a hint. */
public final class Suggestions {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(6);

    private Suggestions() {
    }

    /** The closest candidate within a distance proportionate to the word, if any. */
    public static Optional<String> closest(String wrong, Collection<String> candidates) {
        String needle = wrong.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates.stream().sorted().toList()) {
            int d = DISTANCE.apply(needle, candidate.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, needle.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** {@code " (did you mean 'x'?)"} or the empty string. */
    public static String hint(String wrong, Collection<String> candidates) {
        return closest(wrong, candidates).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }
}
