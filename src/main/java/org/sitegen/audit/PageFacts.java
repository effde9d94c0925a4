package org.sitegen.audit;

import java.util.List;
import java.util.Set;

/**
 * What the audit needs to know of one written page, read once: its element ids, the disclaimer problems
 * found on it, and its links.
 */
public record PageFacts(Set<String> ids, List<String> problems, List<Link> links) {

    /**
     * A link on the page; {@code crossEditionAllowed} when it is in the region switcher, a hreflang alternate or the link
     * of a translation notice to the current source-language version.
     */
    public record Link(String href, boolean crossEditionAllowed) {
    }
}
