package org.sitegen.diff;

import java.util.List;

/**
 * The comparison of one edition.
 *
 * @param regionName       the region's name when a release.json says, else empty
 * @param status           whether the edition is in both sites, or only the new or only the old one
 * @param basis            what was compared: {@code release.json} (then HTML of the pages whose hash differs) or {@code HTML}
 * @param pages            pages in the new edition (in the old one for a removed edition)
 * @param disclaimer       word diff of the edition's disclaimer, empty when unchanged
 * @param productChanges   changes of product status or wording, with their pages
 * @param changedByCallouts pages whose only visible changes are the disclaimer and product changes above
 * @param layoutOnly       pages whose bytes changed but whose visible text did not
 */
public record EditionDiff(String edition, String regionName, Status status, String basis, int pages, List<WordHunk> disclaimer,
                          List<ProductCallout> productChanges, List<PageRef> added, List<PageRef> removed, List<PageChange> changed,
                          int changedByCallouts, int layoutOnly, int unchanged) {
    public enum Status { COMPARED, ADDED, REMOVED }

    /** A whole edition only one site has. */
    static EditionDiff only(String edition, String regionName, Status status, int pages) {
        return new EditionDiff(edition, regionName, status, "", pages, List.of(), List.of(), List.of(), List.of(), List.of(), 0, 0, 0);
    }

    /** Whether anything differs, layout included. */
    public boolean hasChanges() {
        return status != Status.COMPARED || !disclaimer.isEmpty() || !productChanges.isEmpty() || !added.isEmpty()
                || !removed.isEmpty() || !changed.isEmpty() || changedByCallouts > 0 || layoutOnly > 0;
    }
}
