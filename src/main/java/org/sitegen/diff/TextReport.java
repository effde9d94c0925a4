package org.sitegen.diff;

import java.io.PrintWriter;
import java.util.List;
import java.util.StringJoiner;

/** The plain-text report for the terminal; word changes are marked {@code [-deleted-]} and {@code {+inserted+}}. */
public final class TextReport implements ReportWriter {
    private static final int PAGES_LISTED = 10;

    @Override
    public void write(SiteDiff diff, PrintWriter out) {
        out.println("Release report: " + diff.oldSite() + " -> " + diff.newSite());
        for (EditionDiff e : diff.editions()) {
            out.println();
            out.println(Wording.edition(e));
            if (e.status() == EditionDiff.Status.COMPARED && e.hasChanges()) {
                edition(e, out);
            }
        }
        out.println();
        out.println(Wording.summary(diff));
        out.flush();
    }

    private void edition(EditionDiff e, PrintWriter out) {
        if (!e.disclaimer().isEmpty()) {
            out.println("  ! " + Wording.DISCLAIMER);
            hunks(e.disclaimer(), "      ", out);
        }
        for (ProductCallout callout : e.productChanges()) {
            out.println("  ! " + Wording.product(callout));
            if (!callout.change().beforeText().equals(callout.change().afterText())) {
                hunks(callout.change().wording(), "      wording: ", out);
            }
            List<String> pages = callout.pages();
            pages.stream().limit(PAGES_LISTED).forEach(p -> out.println("      " + p));
            if (pages.size() > PAGES_LISTED) {
                out.println("      ... and " + (pages.size() - PAGES_LISTED) + " more");
            }
        }
        refs("Added pages", "+", e.added(), out);
        refs("Removed pages", "-", e.removed(), out);
        if (!e.changed().isEmpty()) {
            out.println("  Changed pages (" + e.changed().size() + "):");
            e.changed().forEach(page -> page(page, out));
        }
        if (e.changedByCallouts() > 0) {
            out.println("  " + Wording.CALLOUT_PAGES + Wording.pages(e.changedByCallouts()));
        }
        if (e.layoutOnly() > 0) {
            out.println("  " + Wording.LAYOUT_ONLY + Wording.pages(e.layoutOnly()));
        }
        out.println("  Unchanged: " + Wording.pages(e.unchanged()));
    }

    private static void refs(String title, String mark, List<PageRef> refs, PrintWriter out) {
        if (refs.isEmpty()) {
            return;
        }
        out.println("  " + title + " (" + refs.size() + "):");
        for (PageRef ref : refs) {
            out.println("    " + mark + " " + ref.path() + (ref.source().isEmpty() ? "" : "  " + ref.source()));
            if (!ref.allowPhrases().isEmpty()) {
                out.println("        " + Wording.allowPhrases(ref.allowPhrases()));
            }
        }
    }

    private static void page(PageChange page, PrintWriter out) {
        out.println("    * " + page.path() + (page.source().isEmpty() ? "" : "  " + page.source()));
        page.fields().forEach(f -> out.println("        " + Wording.field(f)));
        hunks(page.body(), "        body: ", out);
        hunks(page.disclaimer(), "        disclaimer: ", out);
        page.products().forEach(p -> out.println("        " + Wording.pageProduct(p)));
        if (!page.allowPhrases().isEmpty()) {
            out.println("        " + Wording.allowPhrases(page.allowPhrases()));
        }
    }

    private static void hunks(List<WordHunk> hunks, String prefix, PrintWriter out) {
        hunks.forEach(h -> out.println(prefix + text(h)));
    }

    /** One hunk as text: {@code ...kept [-deleted-] {+inserted+} kept...}. */
    static String text(WordHunk hunk) {
        StringJoiner line = new StringJoiner(" ", hunk.truncatedStart() ? "..." : "", hunk.truncatedEnd() ? "..." : "");
        for (Segment s : hunk.segments()) {
            line.add(switch (s.op()) {
                case EQUAL -> s.text();
                case DELETE -> "[-" + s.text() + "-]";
                case INSERT -> "{+" + s.text() + "+}";
            });
        }
        return line.toString();
    }
}
