package org.sitegen.diff;

import java.io.PrintWriter;
import java.util.List;

/**
 * The report as one self-contained HTML file to attach to a sign-off: inline CSS, no scripts, no requests.
 * Every text is escaped, and non-ASCII characters are written as character references, so the file reads the same
 * whatever encoding the terminal has.
 */
public final class HtmlReport implements ReportWriter {
    private static final String CSS = """
            body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
            h1{font-size:1.6rem}h2{font-size:1.3rem;border-top:2px solid #888;padding-top:1rem;margin-top:2rem}
            h3{font-size:1.1rem}h4{font-size:1rem;margin:1rem 0 .25rem}
            code{font-family:ui-monospace,monospace;font-size:.9em}
            .callout{border-left:.4rem solid #b00020;background:#fff4f4;padding:.5rem 1rem;margin:1rem 0}
            .hunk{margin:.25rem 0;font-family:ui-monospace,monospace;font-size:.9em;white-space:pre-wrap}
            del{background:#ffd7d5;color:#82071e}ins{background:#ccffd8;color:#055d20;text-decoration:none}
            dl{margin:0 0 0 1.5rem}dt{font-weight:bold}dd{margin:0 0 .5rem 1rem}
            .source{color:#555;font-weight:normal}.summary{font-weight:bold}
            """;

    @Override
    public void write(SiteDiff diff, PrintWriter out) {
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\">");
        out.println("<head>");
        out.println("<meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>Release report</title>");
        out.print("<style>\n" + CSS + "</style>\n");
        out.println("</head>");
        out.println("<body>");
        out.println("<h1>Release report</h1>");
        out.println("<p>Old site: <code>" + esc(diff.oldSite()) + "</code><br>New site: <code>" + esc(diff.newSite()) + "</code></p>");
        out.println("<p class=\"summary\">" + esc(Wording.summary(diff)) + "</p>");
        for (EditionDiff e : diff.editions()) {
            out.println("<section id=\"edition-" + esc(e.edition()) + "\">");
            out.println("<h2>" + esc(Wording.edition(e)) + "</h2>");
            if (e.status() == EditionDiff.Status.COMPARED && e.hasChanges()) {
                edition(e, out);
            }
            out.println("</section>");
        }
        out.println("</body>");
        out.println("</html>");
        out.flush();
    }

    private void edition(EditionDiff e, PrintWriter out) {
        if (!e.disclaimer().isEmpty()) {
            out.println("<div class=\"callout\">");
            out.println("<p><strong>" + esc(Wording.DISCLAIMER) + "</strong></p>");
            e.disclaimer().forEach(h -> out.println("<p class=\"hunk\">" + hunk(h) + "</p>"));
            out.println("</div>");
        }
        for (ProductCallout callout : e.productChanges()) {
            out.println("<div class=\"callout\">");
            out.println("<p><strong>" + esc(Wording.product(callout)) + "</strong></p>");
            if (!callout.change().beforeText().equals(callout.change().afterText())) {
                callout.change().wording().forEach(h -> out.println("<p class=\"hunk\">" + hunk(h) + "</p>"));
            }
            out.println("<details><summary>" + esc(Wording.pages(callout.pages().size())) + "</summary><ul>");
            callout.pages().forEach(p -> out.println("<li><code>" + esc(p) + "</code></li>"));
            out.println("</ul></details>");
            out.println("</div>");
        }
        refs("Added pages", e.added(), out);
        refs("Removed pages", e.removed(), out);
        if (!e.changed().isEmpty()) {
            out.println("<h3>Changed pages (" + e.changed().size() + ")</h3>");
            e.changed().forEach(page -> page(page, out));
        }
        if (e.changedByCallouts() > 0) {
            out.println("<p>" + esc(Wording.CALLOUT_PAGES + Wording.pages(e.changedByCallouts())) + "</p>");
        }
        if (e.layoutOnly() > 0) {
            out.println("<p>" + esc(Wording.LAYOUT_ONLY + Wording.pages(e.layoutOnly())) + "</p>");
        }
        out.println("<p>Unchanged: " + esc(Wording.pages(e.unchanged())) + "</p>");
    }

    private static void refs(String title, List<PageRef> refs, PrintWriter out) {
        if (refs.isEmpty()) {
            return;
        }
        out.println("<h3>" + esc(title) + " (" + refs.size() + ")</h3>");
        out.println("<ul>");
        for (PageRef ref : refs) {
            out.print("<li><code>" + esc(ref.path()) + "</code>");
            if (!ref.source().isEmpty()) {
                out.print(" <span class=\"source\">" + esc(ref.source()) + "</span>");
            }
            if (!ref.allowPhrases().isEmpty()) {
                out.print("<br>" + esc(Wording.allowPhrases(ref.allowPhrases())));
            }
            out.println("</li>");
        }
        out.println("</ul>");
    }

    private static void page(PageChange page, PrintWriter out) {
        out.println("<h4><code>" + esc(page.path()) + "</code>"
                + (page.source().isEmpty() ? "" : " <span class=\"source\">" + esc(page.source()) + "</span>") + "</h4>");
        out.println("<dl>");
        for (FieldChange f : page.fields()) {
            out.println("<dt>" + esc(f.field()) + "</dt><dd>" + esc(Wording.field(f).substring(f.field().length() + 2)) + "</dd>");
        }
        hunks("body", page.body(), out);
        hunks("disclaimer", page.disclaimer(), out);
        page.products().forEach(p -> out.println("<dt>product</dt><dd>" + esc(Wording.pageProduct(p)) + "</dd>"));
        if (!page.allowPhrases().isEmpty()) {
            out.println("<dt>allowed phrases</dt><dd>" + esc(Wording.allowPhrases(page.allowPhrases()).substring("allowed phrases: ".length())) + "</dd>");
        }
        out.println("</dl>");
    }

    private static void hunks(String name, List<WordHunk> hunks, PrintWriter out) {
        if (!hunks.isEmpty()) {
            out.println("<dt>" + name + "</dt>");
            hunks.forEach(h -> out.println("<dd class=\"hunk\">" + hunk(h) + "</dd>"));
        }
    }

    private static String hunk(WordHunk hunk) {
        StringBuilder html = new StringBuilder(hunk.truncatedStart() ? "&#8230;" : "");
        String separator = "";
        for (Segment s : hunk.segments()) {
            html.append(separator).append(switch (s.op()) {
                case EQUAL -> esc(s.text());
                case DELETE -> "<del>" + esc(s.text()) + "</del>";
                case INSERT -> "<ins>" + esc(s.text()) + "</ins>";
            });
            separator = " ";
        }
        return html.append(hunk.truncatedEnd() ? "&#8230;" : "").toString();
    }

    /** Escapes text for HTML content and attribute values; non-ASCII becomes numeric character references. */
    static String esc(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                        escaped.append("&#xFFFD;");
                    } else if (c > 0x7e) {
                        escaped.append("&#").append(c).append(';');
                    } else {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
