package org.sitegen.lang;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Keys;
import org.sitegen.model.MedicalDisclaimer;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;
import org.sitegen.model.SitePage;
import org.sitegen.model.Translation;
import org.sitegen.model.TranslationKey;

/**
 * Decides, for every region, how each page, glossary entry, product and the medical disclaimer is shown in its
 * edition's language, by the region's {@code untranslated} and {@code outdated_translation} policies, and builds the
 * content each edition shows (editions that show the same translations share one).
 */
public final class EditionLanguages {
    private EditionLanguages() {
    }

    /** By region code. An outdated translation in a region whose policy is {@code fail} is an error. */
    public static Map<String, EditionLanguage> plan(SiteContent content, Translations translations, Diagnostics diagnostics) {
        Map<String, EditionLanguage> byRegion = new TreeMap<>();
        Map<String, SiteContent> shared = new HashMap<>();
        String sourceLang = content.site().language();
        TopicNames.check(content, translations, diagnostics);
        for (Region region : content.regions()) {
            if (Languages.sameLanguage(region.lang(), sourceLang)) {
                byRegion.put(region.code(), new EditionLanguage(region.lang(), sourceLang, Map.of(), content, SiteWords.NONE));
                continue;
            }
            String language = Languages.primary(region.lang());
            Map<TranslationKey, Shown> shown = new TreeMap<>();
            for (TranslationKey key : translations.sources().keySet()) {
                shown.put(key, decide(key, region, translations.of(language, key), diagnostics));
            }
            String signature = language + shown;
            SiteContent localized = shared.computeIfAbsent(signature, s -> localize(content, translations, language, shown, diagnostics));
            SiteWords words = SiteWords.of(content, translations, language, key -> shown.getOrDefault(key, Shown.SOURCE).translated());
            byRegion.put(region.code(), new EditionLanguage(region.lang(), sourceLang, Map.copyOf(shown), localized, words));
        }
        return byRegion;
    }

    private static Shown decide(TranslationKey key, Region region, Optional<Translations.Entry> entry, Diagnostics diagnostics) {
        boolean page = key.of() == Translation.Of.ARTICLE || key.of() == Translation.Of.FAQ || key.of() == Translation.Of.PAGE;
        if (entry.isEmpty()) {
            return page && region.untranslated() == Region.UntranslatedPolicy.OMIT ? Shown.OMITTED : Shown.UNTRANSLATED;
        }
        if (!entry.get().outdated()) {
            return Shown.TRANSLATION;
        }
        Translation t = entry.get().translation();
        return switch (region.outdated()) {
            case FAIL -> {
                diagnostics.error(t.path(), t.lines().of(Keys.TRANSLATED_FROM), "outdated translation: " + t.sourcePath()
                        + " changed after it was translated (translated_from " + t.translatedFrom() + ", now " + entry.get().current()
                        + "), and region '" + region.code() + "' publishes no outdated translation (outdated_translation: fail); "
                        + "update the translation, then run 'java -jar target/sitegen.jar translations --stamp " + t.path() + "'");
                yield Shown.OUTDATED_SOURCE;
            }
            case SOURCE -> Shown.OUTDATED_SOURCE;
            // a product's status sentence and the medical disclaimer are regulatory text: never shown out of date; the
            // site's own words (title, tagline, topic names) have no page for a notice: `translations` lists them outdated
            case NOTICE -> page || key.of() == Translation.Of.GLOSSARY || key.of() == Translation.Of.SITE
                    ? Shown.OUTDATED_TRANSLATION : Shown.OUTDATED_SOURCE;
        };
    }

    private static SiteContent localize(SiteContent content, Translations translations, String language, Map<TranslationKey, Shown> shown,
                                        Diagnostics diagnostics) {
        List<Article> articles = new ArrayList<>();
        for (Article a : content.articles()) {
            articles.add(translation(translations, language, shown, TranslationKey.of(a.id())).map(t -> new Article(a.slug(), t.path(),
                    t.title().orElse(a.title()), t.summary().orElse(a.summary()), a.date(), a.reviewed(), a.reviewer(), a.tags(),
                    a.audience(), a.draft(), a.glossary(), a.rules(), a.related(), a.reviewInterval(), a.allowPhrases(),
                    a.featured(), sameHeadingIds(a, t, diagnostics), t.lines())).orElse(a));
        }
        List<FaqEntry> faq = new ArrayList<>();
        for (FaqEntry f : content.faq()) {
            faq.add(translation(translations, language, shown, TranslationKey.of(f.id())).map(t -> new FaqEntry(f.slug(), t.path(),
                    // grouped under the source's topic; the topic's name in this language comes from SiteWords
                    t.title().orElse(f.title()), f.topic(), f.date(), f.reviewed(), f.reviewer(), f.draft(), f.glossary(),
                    f.rules(), f.related(), f.reviewInterval(), f.allowPhrases(), t.body(), t.lines())).orElse(f));
        }
        List<GlossaryEntry> glossary = new ArrayList<>();
        for (GlossaryEntry g : content.glossary()) {
            glossary.add(translation(translations, language, shown, TranslationKey.of(g.id())).map(t -> new GlossaryEntry(g.slug(),
                    t.path(), t.term().orElse(g.term()), t.aliases().orElse(List.of()), t.abbreviation().or(g::abbreviation), g.seeAlso(),
                    t.body(), t.shortDefinition(), g.allowPhrases(), t.lines())).orElse(g));
        }
        List<Product> products = new ArrayList<>();
        for (Product p : content.products()) {
            products.add(translation(translations, language, shown, TranslationKey.product(p.id())).map(t -> new Product(p.id(), t.path(),
                    t.name().orElse(p.name()), t.summary().or(p::summary), t.wording(), t.lines())).orElse(p));
        }
        Optional<MedicalDisclaimer> medical = content.medicalDisclaimer().map(m -> translation(translations, language, shown,
                TranslationKey.medicalDisclaimer()).map(t -> new MedicalDisclaimer(t.path(), t.bodyHtml())).orElse(m));
        List<SitePage> pages = new ArrayList<>();
        for (SitePage p : content.pages()) {
            pages.add(translation(translations, language, shown, TranslationKey.of(p.id())).map(t -> new SitePage(p.slug(), t.path(),
                    t.title().orElse(p.title()), t.summary().orElse(p.summary()), p.draft(), p.rules(), t.body(), t.lines())).orElse(p));
        }
        return new SiteContent(content.site(), articles, faq, glossary, content.regions(), products, medical, pages);
    }

    /** The translated body, its headings carrying the source's ids (a mismatch is an error). */
    private static org.sitegen.markdown.MarkdownResult sameHeadingIds(Article source, Translation t, Diagnostics diagnostics) {
        Optional<String> mismatch = HeadingIds.mismatch(source.body().headings(), t.body().headings(), t.sourcePath());
        if (mismatch.isPresent()) {
            diagnostics.error(t.path(), 1, mismatch.get());
            return t.body();
        }
        return HeadingIds.keep(source.body().headings(), t.body());
    }

    private static Optional<Translation> translation(Translations translations, String language, Map<TranslationKey, Shown> shown,
                                                     TranslationKey key) {
        return shown.getOrDefault(key, Shown.SOURCE).translated()
                ? translations.of(language, key).map(Translations.Entry::translation) : Optional.empty();
    }
}
