package org.sitegen.model;

/** Any loaded content file. */
public sealed interface ContentDocument permits Page, GlossaryEntry, Region, Product, MedicalDisclaimer, SiteSettings, Translation {
    /** The file as editors see it, e.g. {@code content/articles/x.md}. */
    String path();
}
