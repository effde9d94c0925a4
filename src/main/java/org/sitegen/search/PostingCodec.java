package org.sitegen.search;

/**
 * The compact text form of a posting list, decoded by {@code js/search.js}: for each document in ascending
 * order, {@code (gap from the previous document id + 1) * 16 + weight}, written in base 32 with the most
 * significant group first; every group but the last is a letter of {@link #MORE}, the last one of {@link #LAST}.
 * A stem found in every document costs one character per document.
 */
public final class PostingCodec {
    static final String LAST = "0123456789abcdefghijklmnopqrstuv";
    static final String MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";
    /** Weights are 1 to 15. */
    public static final int MAX_WEIGHT = 15;

    private PostingCodec() {
    }

    /** Encodes {@code count} pairs of ascending document ids and weights. */
    public static String encode(int[] docs, int[] weights, int count) {
        StringBuilder out = new StringBuilder(count * 2);
        int previous = -1;
        char[] groups = new char[13];
        for (int i = 0; i < count; i++) {
            long value = (long) (docs[i] - previous) * 16 + weights[i];
            previous = docs[i];
            int n = 0;
            groups[n++] = LAST.charAt((int) (value & 31));
            value >>>= 5;
            while (value > 0) {
                groups[n++] = MORE.charAt((int) (value & 31));
                value >>>= 5;
            }
            for (int k = n - 1; k >= 0; k--) {
                out.append(groups[k]);
            }
        }
        return out.toString();
    }

    /** Decodes into {@code [doc0, weight0, doc1, weight1, ...]} (used by tests and the benchmark). */
    public static int[] decode(String text) {
        int[] out = new int[text.length() * 2];
        int n = 0;
        long value = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int more = MORE.indexOf(c);
            if (more >= 0) {
                value = value * 32 + more;
                continue;
            }
            value = value * 32 + LAST.indexOf(c);
            int doc = previous + (int) (value / 16);
            out[n++] = doc;
            out[n++] = (int) (value % 16);
            previous = doc;
            value = 0;
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
