package org.sitegen.region;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.model.PageId;
import org.sitegen.model.Region;

/**
 * One region's edition: which pages it publishes, and for pages published under the {@code notice}
 * policy, the products they discuss that this region does not have.
 */
public record Edition(Region region, Set<PageId> pages, Map<PageId, List<String>> unavailableProducts) {

    public String code() {
        return region.code();
    }

    /** Whether the edition publishes {@code id}; glossary entries are in every edition. */
    public boolean has(PageId id) {
        return id.kind() == PageId.Kind.GLOSSARY || pages.contains(id);
    }
}
