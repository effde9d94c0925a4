package org.sitegen.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.HashMap;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.region.Edition;

/**
 * Who links to whom inside one edition, from the links actually left in its processed bodies: backlinks
 * ("Referenced by") per page and the pages that use each glossary term ("Used in").
 */
public record EditionLinks(Map<PageId, List<PageId>> backlinks, Map<String, List<PageId>> usedIn) {

    /**
     * One pass over the edition's pages. {@code pages} must be sorted (articles, then FAQ entries, each by slug):
     * every list comes out in that order without sorting.
     */
    public static EditionLinks of(Edition edition, List<? extends Page> pages, Map<PageId, ProcessedBody> bodies) {
        Map<PageId, List<PageId>> backlinks = new HashMap<>();
        Map<String, List<PageId>> usedIn = new HashMap<>();
        for (Page page : pages) {
            // one id per page, shared by every list it appears in (a term's "Used in" list can hold thousands)
            PageId id = page.id();
            if (!edition.has(id)) {
                continue;
            }
            ProcessedBody body = bodies.get(id);
            for (PageId target : body.targets().getOrDefault(edition.code(), Set.of())) {
                if (!target.equals(id)) {
                    backlinks.computeIfAbsent(target, k -> new ArrayList<>()).add(id);
                }
            }
            for (String term : body.terms().getOrDefault(edition.code(), Set.of())) {
                usedIn.computeIfAbsent(term, k -> new ArrayList<>()).add(id);
            }
        }
        return new EditionLinks(backlinks, usedIn);
    }
}
