package org.sitegen.lang;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.Suggestions;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.Keys;
import org.sitegen.model.SiteContent;
import org.sitegen.model.Translation;
import org.sitegen.model.TranslationKey;
import org.sitegen.render.Urls;

/**
 * The names topics (article tags and FAQ topics, merged by slug) have in one language. A topic is always the
 * source's: translations only name it. Names come from the site translation's {@code topics} map (keyed by the
 * topic's slug or source name) and from each FAQ translation's {@code topic}, which names its source entry's topic.
 * A topic has one name per language: two different ones are an error naming both places.
 */
final class TopicNames {
    /** A name and where it was given. */
    private record Given(String name, String path, int line) {
    }

    private TopicNames() {
    }

    /** Reports, for every language translations exist in, each topic given two names and each name given to no topic. */
    static void check(SiteContent content, Translations translations, Diagnostics diagnostics) {
        // a file that failed to load may hold the topic a name is given to: no second error about that name
        Diagnostics reported = diagnostics.hasErrors() ? null : diagnostics;
        for (String language : translations.languages()) {
            sameNames(content, language, names(content, translations, language, key -> true, diagnostics, reported), diagnostics);
        }
    }

    /**
     * Reports two topics given the same name in {@code language} (letter case aside): readers would see one heading
     * twice, over different pages.
     */
    private static void sameNames(SiteContent content, String language, Map<String, Given> bySlug, Diagnostics diagnostics) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        Map<String, Map.Entry<String, Given>> byName = new TreeMap<>();
        for (Map.Entry<String, Given> entry : bySlug.entrySet()) {
            Given given = entry.getValue();
            Map.Entry<String, Given> first = byName.putIfAbsent(given.name().strip().toLowerCase(locale), entry);
            if (first != null) {
                diagnostics.error(given.path(), given.line(), "the topics '" + sourceName(content, first.getKey()) + "' and '"
                        + sourceName(content, entry.getKey()) + "' are both named '" + given.name() + "' in language '" + language
                        + "' (" + first.getValue().path() + ":" + first.getValue().line() + " and " + given.path() + ":" + given.line()
                        + "): readers would see the same heading over different pages; give each topic its own name");
            }
        }
    }

    /** The topic names by slug in {@code language}, from the translations an edition shows translated. */
    static Map<String, String> of(SiteContent content, Translations translations, String language, Predicate<TranslationKey> shownTranslated) {
        Map<String, String> names = new TreeMap<>();
        names(content, translations, language, shownTranslated, null, null).forEach((slug, given) -> names.put(slug, given.name()));
        return Map.copyOf(names);
    }

    /**
     * @param diagnostics where to report conflicts, or null not to
     * @param unknown     where to report names given to no topic, or null not to
     */
    private static Map<String, Given> names(SiteContent content, Translations translations, String language,
                                            Predicate<TranslationKey> shownTranslated, Diagnostics diagnostics, Diagnostics unknown) {
        Map<String, Given> bySlug = new TreeMap<>();
        Optional<Translation> site = shownTranslated.test(TranslationKey.site())
                ? translations.of(language, TranslationKey.site()).map(Translations.Entry::translation) : Optional.empty();
        if (site.isPresent()) {
            Set<String> known = slugs(content);
            site.get().topics().forEach((key, named) -> {
                String slug = Urls.tagSlug(key);
                if (!known.contains(slug)) {
                    if (unknown != null) {
                        unknown.error(site.get().path(), named.line(), "'topics' names '" + key + "', which is no topic of the site"
                                + Suggestions.hint(slug, known) + ": the topics are the article tags and FAQ topics of the source, "
                                + String.join(", ", known));
                    }
                    return;
                }
                give(content, bySlug, slug, new Given(named.name(), site.get().path(), named.line()), diagnostics);
            });
        }
        for (FaqEntry source : content.faq()) {
            TranslationKey key = TranslationKey.of(source.id());
            if (!shownTranslated.test(key)) {
                continue;
            }
            translations.of(language, key).map(Translations.Entry::translation).filter(t -> t.topic().isPresent()).ifPresent(t ->
                    give(content, bySlug, Urls.tagSlug(source.topic()), new Given(t.topic().get(), t.path(), t.lines().of(Keys.TOPIC)),
                            diagnostics));
        }
        return bySlug;
    }

    private static void give(SiteContent content, Map<String, Given> bySlug, String slug, Given given, Diagnostics diagnostics) {
        Given first = bySlug.putIfAbsent(slug, given);
        if (first != null && !first.name().equals(given.name()) && diagnostics != null) {
            diagnostics.error(given.path(), given.line(), "the topic '" + sourceName(content, slug) + "' is named '" + given.name()
                    + "' here but '" + first.name() + "' in " + first.path() + ":" + first.line()
                    + ": a topic has one name in each language; give both the same name");
        }
    }

    /** Every topic slug of the source: article tags and FAQ topics. */
    private static Set<String> slugs(SiteContent content) {
        Set<String> slugs = new TreeSet<>();
        content.faq().forEach(f -> slugs.add(Urls.tagSlug(f.topic())));
        for (Article a : content.articles()) {
            a.tags().forEach(t -> slugs.add(Urls.tagSlug(t)));
        }
        return slugs;
    }

    /** How the source names a topic, for messages: its {@code topics} entry, else a FAQ topic as written, else its slug. */
    private static String sourceName(SiteContent content, String slug) {
        for (Map.Entry<String, String> e : content.site().topics().entrySet()) {
            if (Urls.tagSlug(e.getKey()).equals(slug)) {
                return e.getValue();
            }
        }
        return content.faq().stream().map(FaqEntry::topic).filter(t -> Urls.tagSlug(t).equals(slug)).findFirst().orElse(slug);
    }
}
