package org.sitegen.lang;

/** How an edition shows one translatable item. */
public enum Shown {
    /** The edition is in the content's own language. */
    SOURCE,
    /** A current translation. */
    TRANSLATION,
    /** A translation whose source changed since; published with a notice and a link to the current version. */
    OUTDATED_TRANSLATION,
    /** No translation: the source, with a notice in the edition's language. */
    UNTRANSLATED,
    /** An outdated translation replaced by the source (policy {@code source}), with a notice. */
    OUTDATED_SOURCE,
    /** No translation and the region omits untranslated pages. */
    OMITTED;

    /** Whether the reader sees the source-language text although the edition is in another language. */
    public boolean foreign() {
        return this == UNTRANSLATED || this == OUTDATED_SOURCE;
    }

    public boolean translated() {
        return this == TRANSLATION || this == OUTDATED_TRANSLATION;
    }
}
