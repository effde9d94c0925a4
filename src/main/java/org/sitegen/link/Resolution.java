package org.sitegen.link;

/** The outcome of resolving one link as written. */
public sealed interface Resolution {
    /** A link to a page of the site. */
    record Resolved(LinkTarget target) implements Resolution {
    }

    /** {@code [[plain:…]]}: text that must never be linked. */
    record Plain() implements Resolution {
    }

    /** A link that points nowhere; {@code message} says why and suggests a fix. */
    record Broken(String message) implements Resolution {
    }
}
