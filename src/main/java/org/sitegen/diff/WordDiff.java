package org.sitegen.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/** A word-level diff of two visible texts (Myers' algorithm from java-diff-utils), cut into hunks with context. */
public final class WordDiff {
    private final int context;

    public WordDiff() {
        this(6);
    }

    /** @param context words of unchanged text kept either side of a change */
    public WordDiff(int context) {
        this.context = context;
    }

    /** The hunks where {@code after} differs from {@code before}; empty when the words are the same. */
    public List<WordHunk> diff(String before, String after) {
        if (before.equals(after)) {
            return List.of();
        }
        List<String> oldWords = words(before);
        List<String> newWords = words(after);
        List<Run> runs = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
            int start = delta.getSource().getPosition();
            runs.add(new Run(Segment.Op.EQUAL, oldWords.subList(position, start)));
            runs.add(new Run(Segment.Op.DELETE, delta.getSource().getLines()));
            runs.add(new Run(Segment.Op.INSERT, delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        runs.add(new Run(Segment.Op.EQUAL, oldWords.subList(position, oldWords.size())));
        return hunks(runs);
    }

    private List<WordHunk> hunks(List<Run> runs) {
        List<WordHunk> hunks = new ArrayList<>();
        List<Segment> current = new ArrayList<>();
        boolean truncatedStart = false;
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            if (run.words().isEmpty()) {
                continue;
            }
            if (run.op() != Segment.Op.EQUAL) {
                current.add(new Segment(run.op(), String.join(" ", run.words())));
                continue;
            }
            List<String> words = run.words();
            boolean first = current.isEmpty();
            boolean last = i == runs.size() - 1;
            if (first) {
                truncatedStart = words.size() > context;
                add(current, words.subList(Math.max(0, words.size() - context), words.size()));
            } else if (last) {
                add(current, words.subList(0, Math.min(context, words.size())));
                hunks.add(new WordHunk(truncatedStart, words.size() > context, List.copyOf(current)));
                current.clear();
            } else if (words.size() > 2 * context) {
                add(current, words.subList(0, context));
                hunks.add(new WordHunk(truncatedStart, true, List.copyOf(current)));
                current.clear();
                truncatedStart = true;
                add(current, words.subList(words.size() - context, words.size()));
            } else {
                add(current, words);
            }
        }
        if (current.stream().anyMatch(s -> s.op() != Segment.Op.EQUAL)) {
            hunks.add(new WordHunk(truncatedStart, false, List.copyOf(current)));
        }
        return List.copyOf(hunks);
    }

    private static void add(List<Segment> segments, List<String> words) {
        if (!words.isEmpty()) {
            segments.add(new Segment(Segment.Op.EQUAL, String.join(" ", words)));
        }
    }

    private static List<String> words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    private record Run(Segment.Op op, List<String> words) {
    }
}
