package org.sitegen.model;

/** Identifies a linkable thing: an article, a FAQ entry, a glossary entry or a site page. */
public record PageId(Kind kind, String slug) implements Comparable<PageId> {
    public enum Kind {
        ARTICLE,
        FAQ,
        GLOSSARY,
        /** A page about the site: {@code content/pages/<slug>.md}. */
        PAGE
    }

    public static PageId article(String slug) {
        return new PageId(Kind.ARTICLE, slug);
    }

    public static PageId faq(String slug) {
        return new PageId(Kind.FAQ, slug);
    }

    public static PageId glossary(String slug) {
        return new PageId(Kind.GLOSSARY, slug);
    }

    public static PageId page(String slug) {
        return new PageId(Kind.PAGE, slug);
    }

    /** The inverse of {@link #shorthand()}. */
    public static PageId parse(String shorthand) {
        if (shorthand.startsWith("faq:")) {
            return faq(shorthand.substring(4));
        }
        if (shorthand.startsWith("page:")) {
            return page(shorthand.substring(5));
        }
        if (shorthand.startsWith("glossary:")) {
            return glossary(shorthand.substring(9));
        }
        return article(shorthand);
    }

    /** The shorthand editors write: {@code slug}, {@code faq:slug} or {@code glossary:slug}. */
    public String shorthand() {
        return switch (kind) {
            case ARTICLE -> slug;
            case FAQ -> "faq:" + slug;
            case GLOSSARY -> "glossary:" + slug;
            case PAGE -> "page:" + slug;
        };
    }

    /** The content folder of the source file: {@code articles}, {@code faq}, {@code glossary} or {@code pages}. */
    public String folder() {
        return switch (kind) {
            case ARTICLE -> "articles";
            case FAQ -> "faq";
            case GLOSSARY -> "glossary";
            case PAGE -> "pages";
        };
    }

    @Override
    public int compareTo(PageId o) {
        int k = kind.compareTo(o.kind);
        return k != 0 ? k : slug.compareTo(o.slug);
    }

    @Override
    public String toString() {
        return shorthand();
    }
}
