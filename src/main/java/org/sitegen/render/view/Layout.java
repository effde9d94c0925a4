package org.sitegen.render.view;

import java.util.List;
import java.util.Map;

/**
 * What the page frame ({@code layout.ftl}) shows on every HTML page of an edition.
 *
 * @param jsonLd      structured-data blocks, already serialised safely for a script element
 * @param unavailable names of products the page discusses that this region does not have (notice policy)
 * @param xDefault    the same page in the default region's edition ({@code hreflang="x-default"}), or empty
 * @param messages    the edition's interface strings (read through {@code messages.ftl})
 * @param translation the language the page is shown in and the notice that goes with it
 * @param pages       the edition's site pages (About, Contact, …) for the footer
 */
public record Layout(Site site, Meta page, Disclaimer disclaimer, List<Alternate> alternates, List<Crumb> breadcrumbs,
                     List<String> jsonLd, List<String> unavailable, String xDefault, Map<String, String> messages,
                     Translation translation, List<FooterLink> pages) {

    /**
     * A site page in the footer; {@code path} is its edition-relative path, to mark the current one; {@code lang} is
     * its title's language when the page is shown untranslated.
     */
    public record FooterLink(String title, String href, String path, String lang) {
    }

    /**
     * The site and edition around the page.
     *
     * @param root   relative (or, on the 404 page with a base URL, absolute) prefix to the edition's root
     * @param assets prefix to the output root, where {@code css/} and {@code js/} live
     * @param lang   the edition's language (BCP 47), for {@code <html lang>}
     * @param dir    {@code ltr} or {@code rtl}, the direction the edition's language is written in
     * @param titleLang the title's language when the edition has no translation of it, else empty
     */
    public record Site(String title, String tagline, String owner, String root, String assets, String code, String regionName,
                       String lang, String dir, String titleLang) {
    }

    /** The page itself: its kind (for the body class and the current navigation item), title and URLs. */
    public record Meta(String kind, String title, String description, String path, String canonical, String ogLocale,
                       String ogType, boolean draft) {
    }

    /** The regulatory block every page carries; {@code medicalLang} is set when the medical disclaimer is shown untranslated. */
    public record Disclaimer(String code, String medicalHtml, String medicalLang, String regionHtml, List<ProductLine> products) {
    }

    /** One product's status line in this region; {@code lang} is set when its text is not in the edition's language. */
    public record ProductLine(String id, String name, String status, String text, String lang) {
    }

    /**
     * The same page in another edition (or this one, marked current).
     *
     * @param lang     the edition's language, in which {@code name} is written
     * @param hreflang the language the page is shown in there, with the edition's region subtag
     * @param href     link for the region switcher (relative, or absolute on the 404 page with a base URL)
     * @param alternateHref link for {@code <link rel="alternate">}: absolute with a base URL
     */
    public record Alternate(String code, String name, String lang, String hreflang, String href, String alternateHref,
                            boolean current) {
    }

    /**
     * The language a page is shown in when it is not the edition's, and the notice about it.
     *
     * @param notice             {@code ""}, {@code untranslated} (shown in the source language) or {@code outdated}
     *                           (a translation whose source changed after it was made)
     * @param contentLang        the language of the page's content when it differs from the edition's, else empty
     * @param updated            for {@code outdated}: the date the source was last medically reviewed, as the edition writes dates, or empty
     * @param sourceHref         for {@code outdated}: the current version in the source language, or empty
     * @param sourceLang         the source language (BCP 47)
     * @param sourceLanguageName the source language's name in the edition's language
     */
    public record Translation(String notice, String contentLang, String updated, String sourceHref, String sourceLang,
                              String sourceLanguageName) {
        public static final Translation NONE = new Translation("", "", "", "", "", "");
    }

    /** One breadcrumb; the last has an empty {@code href}; {@code lang} is its title's language when not the edition's. */
    public record Crumb(String title, String href, String lang) {
        public Crumb(String title, String href) {
            this(title, href, "");
        }
    }
}
