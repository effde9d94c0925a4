package org.sitegen.diff;

import java.util.List;

/** The release report: two sites compared edition by edition (editions sorted by code). */
public record SiteDiff(String oldSite, String newSite, List<EditionDiff> editions) {
    /** Whether anything differs, layout-only changes included. */
    public boolean hasChanges() {
        return editions.stream().anyMatch(EditionDiff::hasChanges);
    }

    public Totals totals() {
        int changedEditions = 0;
        int pages = 0;
        int added = 0;
        int removed = 0;
        int changed = 0;
        int callouts = 0;
        int layout = 0;
        for (EditionDiff e : editions) {
            changedEditions += e.hasChanges() ? 1 : 0;
            pages += e.pages();
            added += e.added().size();
            removed += e.removed().size();
            changed += e.changed().size();
            callouts += e.changedByCallouts();
            layout += e.layoutOnly();
        }
        return new Totals(editions.size(), changedEditions, pages, added, removed, changed, callouts, layout);
    }

    /** Counts over all editions. */
    public record Totals(int editions, int changedEditions, int pages, int added, int removed, int changed, int changedByCallouts, int layoutOnly) {
    }
}
