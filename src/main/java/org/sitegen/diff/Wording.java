package org.sitegen.diff;

import java.util.List;
import java.util.stream.Collectors;

/** The sentences the text and HTML reports share, so both say the same thing. */
final class Wording {
    static final String DISCLAIMER = "Disclaimer changed on every page of the edition:";
    static final String CALLOUT_PAGES = "Changed only by the disclaimer and product changes above: ";
    static final String LAYOUT_ONLY = "Layout only (bytes changed, visible text the same): ";

    private Wording() {
    }

    static String edition(EditionDiff e) {
        String name = e.regionName().isEmpty() ? "Edition " + e.edition() : "Edition " + e.edition() + " (" + e.regionName() + ")";
        return switch (e.status()) {
            case ADDED -> name + ": new edition, " + pages(e.pages());
            case REMOVED -> name + ": removed edition, " + pages(e.pages()) + " in the old site";
            case COMPARED -> e.hasChanges() ? name + ": changed (compared by " + e.basis() + ")" : name + ": no changes (" + pages(e.pages()) + ")";
        };
    }

    static String product(ProductCallout callout) {
        ProductChange c = callout.change();
        String what = c.statusChanged()
                ? "status " + c.beforeStatus() + " -> " + c.afterStatus()
                : "wording changed (" + c.afterStatus() + ")";
        return "Product " + c.id() + ": " + what + " on " + pages(callout.pages().size()) + ":";
    }

    /** A product line that appeared on or disappeared from one page. */
    static String pageProduct(ProductChange c) {
        return c.beforeStatus().isEmpty() && c.beforeText().isEmpty()
                ? "product " + c.id() + " added (" + c.afterStatus() + "): " + c.afterText()
                : "product " + c.id() + " removed (was " + c.beforeStatus() + "): " + c.beforeText();
    }

    static String field(FieldChange f) {
        return f.field() + ": " + shown(f.before()) + " -> " + shown(f.after());
    }

    static String allowPhrases(List<String> phrases) {
        return "allowed phrases: " + phrases.stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
    }

    static String summary(SiteDiff diff) {
        SiteDiff.Totals t = diff.totals();
        if (!diff.hasChanges()) {
            return "Summary: no changes in " + count(t.editions(), "edition") + " (" + pages(t.pages()) + ").";
        }
        return "Summary: " + t.changedEditions() + " of " + count(t.editions(), "edition") + " changed; "
                + pages(t.added()) + " added, " + t.removed() + " removed, " + t.changed() + " changed, "
                + t.changedByCallouts() + " changed only by disclaimer or product changes, " + t.layoutOnly() + " layout only.";
    }

    static String pages(int n) {
        return count(n, "page");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
