package org.sitegen.model;

/** Identifies a linkable thing: an article, a FAQ entry or a glossary entry. */
public record PageId(Kind kind, String slug) implements Comparable<PageId> {
    public enum Kind {
        ARTICLE,
        FAQ,
        GLOSSARY
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

    /** The inverse of {@link #shorthand()}. */
    public static PageId parse(String shorthand) {
        if (shorthand.startsWith("faq:")) {
            return faq(shorthand.substring(4));
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
