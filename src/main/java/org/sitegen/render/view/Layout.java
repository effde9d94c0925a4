package org.sitegen.render.view;

import java.util.List;

/**
 * What the page frame ({@code layout.ftl}) shows on every HTML page of an edition.
 *
 * @param jsonLd      structured-data blocks, already serialised safely for a script element
 * @param unavailable names of products the page discusses that this region does not have (notice policy)
 * @param pages       the edition's site pages (About, Contact, …) for the footer
 */
public record Layout(Site site, Meta page, Disclaimer disclaimer, List<Alternate> alternates, List<Crumb> breadcrumbs,
                     List<String> jsonLd, List<String> unavailable, List<FooterLink> pages) {

    /** A site page in the footer; {@code path} is its edition-relative path, to mark the current one. */
    public record FooterLink(String title, String href, String path) {
    }

    /**
     * The site and edition around the page.
     *
     * @param root   relative (or, on the 404 page with a base URL, absolute) prefix to the edition's root
     * @param assets prefix to the output root, where {@code css/} and {@code js/} live
     */
    public record Site(String title, String tagline, String owner, String root, String assets, String code, String regionName,
                       String lang) {
    }

    /** The page itself: its kind (for the body class and the current navigation item), title and URLs. */
    public record Meta(String kind, String title, String description, String path, String canonical, String ogLocale,
                       String ogType, boolean draft) {
    }

    /** The regulatory block every page carries. */
    public record Disclaimer(String code, String medicalHtml, String regionHtml, List<ProductLine> products) {
    }

    /** One product's status line in this region. */
    public record ProductLine(String id, String name, String status, String text) {
    }

    /** The same page in another edition (or this one, marked current). */
    public record Alternate(String code, String name, String lang, String href, boolean current) {
    }

    /** One breadcrumb; the last has an empty {@code href}. */
    public record Crumb(String title, String href) {
    }
}
