package org.sitegen.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.markdown.MarkdownResult;
import org.sitegen.model.Heading;

/**
 * A translated article keeps its source's heading ids, heading by heading, so that a link to {@code x.md#heading}
 * works in every language, from translated and untranslated pages alike. The translation must therefore have the
 * source's headings in the same order and at the same levels.
 */
public final class HeadingIds {
    private static final Pattern HEADING_ID = Pattern.compile("(<h[1-6]\\b[^>]*?\\sid=\")([^\"]*)(\")");

    private HeadingIds() {
    }

    /** Why the headings cannot be matched, or empty when they can. */
    public static Optional<String> mismatch(List<Heading> source, List<Heading> translation, String sourcePath) {
        List<Integer> sourceLevels = source.stream().map(Heading::level).toList();
        List<Integer> levels = translation.stream().map(Heading::level).toList();
        if (sourceLevels.equals(levels)) {
            return Optional.empty();
        }
        return Optional.of("the headings do not match the source's: " + sourcePath + " has " + describe(sourceLevels)
                + ", the translation " + describe(levels) + "; translate every heading, in the same order and at the same level, "
                + "so that links to them work in every language");
    }

    private static String describe(List<Integer> levels) {
        if (levels.isEmpty()) {
            return "none";
        }
        List<String> marks = levels.stream().map(l -> "#".repeat(l)).toList();
        return levels.size() + " (" + String.join(" ", marks) + ")";
    }

    /** The translated body with each heading carrying the id of the source's heading at the same position. */
    public static MarkdownResult keep(List<Heading> source, MarkdownResult translation) {
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < translation.headings().size(); i++) {
            Heading h = translation.headings().get(i);
            headings.add(new Heading(h.level(), source.get(i).id(), h.text(), h.regions()));
        }
        Matcher m = HEADING_ID.matcher(translation.html());
        StringBuilder html = new StringBuilder();
        int i = 0;
        while (m.find()) {
            String id = i < source.size() ? source.get(i).id() : m.group(2);
            m.appendReplacement(html, Matcher.quoteReplacement(m.group(1) + id + m.group(3)));
            i++;
        }
        m.appendTail(html);
        return new MarkdownResult(html.toString(), headings, translation.links(), translation.regionBlocks(), translation.images());
    }
}
