package org.sitegen.diff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/** Compares two built sites edition by edition: the release report. */
public final class SiteComparer {
    private final EditionComparer editions;

    public SiteComparer() {
        this(new WordDiff());
    }

    public SiteComparer(WordDiff words) {
        this.editions = new EditionComparer(words);
    }

    /**
     * Compares {@code oldRoot} with {@code newRoot}.
     *
     * @throws SiteDiffException when a folder is missing or is not a built site
     * @throws IOException       when a page cannot be read
     */
    public SiteDiff compare(Path oldRoot, Path newRoot) throws SiteDiffException, IOException {
        SiteFolder before = SiteFolder.open(oldRoot);
        SiteFolder after = SiteFolder.open(newRoot);
        SortedSet<String> oldCodes = before.editions();
        SortedSet<String> newCodes = after.editions();
        SortedSet<String> codes = new TreeSet<>(oldCodes);
        codes.addAll(newCodes);
        List<EditionDiff> diffs = new ArrayList<>();
        for (String code : codes) {
            if (!newCodes.contains(code)) {
                diffs.add(EditionDiff.only(code, editions.regionName(before, code), EditionDiff.Status.REMOVED, before.pages(code).size()));
            } else if (!oldCodes.contains(code)) {
                diffs.add(EditionDiff.only(code, editions.regionName(after, code), EditionDiff.Status.ADDED, after.pages(code).size()));
            } else {
                diffs.add(editions.compare(code, before, after));
            }
        }
        return new SiteDiff(oldRoot.toString(), newRoot.toString(), List.copyOf(diffs));
    }
}
