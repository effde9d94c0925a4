package org.sitegen.render;

import org.sitegen.link.LinkTarget;
import org.sitegen.model.PageId;

/**
 * Where pages live inside an edition, and links between them. All links inside the site are relative,
 * so an edition works from a domain root and from a sub-path.
 */
public final class Urls {
    public static final String HOME = "";
    public static final String FAQ = "faq/";
    public static final String GLOSSARY = "glossary/";
    public static final String TAGS = "tags/";
    public static final String SEARCH = "search/";
    public static final String NOT_FOUND = "404.html";

    private Urls() {
    }

    public static String article(String slug) {
        return "articles/" + slug + "/";
    }

    public static String tag(String tag) {
        return TAGS + tagSlug(tag) + "/";
    }

    /**
     * A tag as a path segment, the same under every locale: transliterated to ASCII ({@code Işık} → {@code isik}),
     * lowercase, anything but letters and digits to single hyphens.
     */
    public static String tagSlug(String tag) {
        String ascii = net.gcardone.junidecode.Junidecode.unidecode(java.text.Normalizer.normalize(tag, java.text.Normalizer.Form.NFC));
        String slug = ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "tag" : slug;
    }

    /** Edition-relative location of a page, with the fragment for entries on the FAQ and glossary pages. */
    public static String of(PageId id) {
        return switch (id.kind()) {
            case ARTICLE -> article(id.slug());
            case FAQ -> FAQ + "#" + id.slug();
            case GLOSSARY -> GLOSSARY + "#" + id.slug();
            case PAGE -> page(id.slug());
        };
    }

    /** A site page (About, Contact…): {@code <slug>/} at the edition's root. */
    public static String page(String slug) {
        return slug + "/";
    }

    public static String of(LinkTarget target) {
        return of(target.page()) + (target.anchor().isEmpty() ? "" : "#" + target.anchor());
    }

    /** Edition-relative directory of the page that shows {@code id}. */
    public static String pageOf(PageId id) {
        return switch (id.kind()) {
            case ARTICLE -> article(id.slug());
            case FAQ -> FAQ;
            case GLOSSARY -> GLOSSARY;
            case PAGE -> page(id.slug());
        };
    }

    /** "../" once per folder level of {@code pagePath} (a directory ending in '/', or a file). */
    public static String rootPrefix(String pagePath) {
        int depth = 0;
        for (int i = 0; i < pagePath.length(); i++) {
            if (pagePath.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /** The output file of a page path: directories get {@code index.html}. */
    public static String file(String pagePath) {
        return pagePath.isEmpty() || pagePath.endsWith("/") ? pagePath + "index.html" : pagePath;
    }
}
