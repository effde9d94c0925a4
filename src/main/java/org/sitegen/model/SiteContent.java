package org.sitegen.model;

import java.util.List;
import java.util.Optional;

/** Everything one build loaded, each list sorted by slug or code so that output is deterministic. */
public record SiteContent(SiteSettings site, List<Article> articles, List<FaqEntry> faq, List<GlossaryEntry> glossary,
                          List<Region> regions, List<Product> products, Optional<MedicalDisclaimer> medicalDisclaimer,
                          List<SitePage> pages) {

    /** Content without site pages. */
    public SiteContent(SiteSettings site, List<Article> articles, List<FaqEntry> faq, List<GlossaryEntry> glossary,
                       List<Region> regions, List<Product> products, Optional<MedicalDisclaimer> medicalDisclaimer) {
        this(site, articles, faq, glossary, regions, products, medicalDisclaimer, List.of());
    }

    /** Articles, FAQ entries and site pages: every page with a body of its own, in that order, each by slug. */
    public List<Page> allPages() {
        List<Page> all = new java.util.ArrayList<>(articles.size() + faq.size() + pages.size());
        all.addAll(articles);
        all.addAll(faq);
        all.addAll(pages);
        return all;
    }

    /** This content with {@code now} in the place of the article or FAQ entry {@code old} (the same page, edited). */
    public SiteContent replacing(Page old, Page now) {
        if (old instanceof Article && now instanceof Article article) {
            return new SiteContent(site, articles.stream().map(a -> a == old ? article : a).toList(), faq, glossary, regions, products,
                    medicalDisclaimer, pages);
        }
        if (old instanceof FaqEntry && now instanceof FaqEntry entry) {
            return new SiteContent(site, articles, faq.stream().map(f -> f == old ? entry : f).toList(), glossary, regions, products,
                    medicalDisclaimer, pages);
        }
        throw new IllegalArgumentException("only an article or a FAQ entry can be replaced: " + now.id());
    }
}
