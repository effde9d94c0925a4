package org.sitegen.model;

/** One translatable item: a page, glossary entry, product, or the medical disclaimer or site settings (slug empty). */
public record TranslationKey(Translation.Of of, String slug) implements Comparable<TranslationKey> {
    public static TranslationKey medicalDisclaimer() {
        return new TranslationKey(Translation.Of.MEDICAL_DISCLAIMER, "");
    }

    /** The site settings' words ({@code content/site.md}: title, tagline, topic names). */
    public static TranslationKey site() {
        return new TranslationKey(Translation.Of.SITE, "");
    }

    public static TranslationKey of(PageId id) {
        return new TranslationKey(switch (id.kind()) {
            case ARTICLE -> Translation.Of.ARTICLE;
            case FAQ -> Translation.Of.FAQ;
            case GLOSSARY -> Translation.Of.GLOSSARY;
            case PAGE -> Translation.Of.PAGE;
        }, id.slug());
    }

    public static TranslationKey product(String id) {
        return new TranslationKey(Translation.Of.PRODUCT, id);
    }

    /** The source file inside the content folder, e.g. {@code articles/x.md}. */
    public String sourceRelative() {
        return switch (of) {
            case ARTICLE -> "articles/" + slug + ".md";
            case FAQ -> "faq/" + slug + ".md";
            case GLOSSARY -> "glossary/" + slug + ".md";
            case PRODUCT -> "products/" + slug + ".md";
            case MEDICAL_DISCLAIMER -> "medical-disclaimer.md";
            case PAGE -> "pages/" + slug + ".md";
            case SITE -> "site.md";
        };
    }

    /** The translation into {@code lang} inside the content folder, e.g. {@code articles/x.tr.md}. */
    public String translationRelative(String lang) {
        String source = sourceRelative();
        return source.substring(0, source.length() - "md".length()) + lang + ".md";
    }

    @Override
    public int compareTo(TranslationKey other) {
        int c = of.compareTo(other.of);
        return c != 0 ? c : slug.compareTo(other.slug);
    }
}
