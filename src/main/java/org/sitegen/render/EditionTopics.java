package org.sitegen.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;

/**
 * The topics of one edition: every article tag and every FAQ topic of the source, merged by their slug, each with its
 * display name, its articles and its FAQ entries. Topics are the source's in every edition (a translation only names
 * them). An article's first tag is its home topic: the home page shows each article under that topic only.
 */
final class EditionTopics {
    /**
     * One topic: {@code slug} names its page {@code tags/<slug>/}; {@code name} is what readers see, and {@code lang}
     * its language when it is not the edition's (a topic without a name in the edition's language), else empty.
     */
    record Topic(String slug, String name, String lang, List<Article> articles, List<FaqEntry> faq) {
        int size() {
            return articles.size() + faq.size();
        }
    }

    private final Map<String, Topic> bySlug;

    /**
     * @param names      display names by slug (or source name) from the site settings; a topic without one takes its
     *                   FAQ topic as written, else its tag with a capital first letter
     * @param translated names in the edition's language by slug, which take precedence
     * @param foreignLang the {@code lang} of a source name in this edition: the source language, or empty when the
     *                   edition is in it
     * @param locale     the source language's, for capital letters
     * @param order      the edition's, to sort topics by name
     */
    EditionTopics(List<Article> articles, List<FaqEntry> faq, Map<String, String> names, Map<String, String> translated,
                  String foreignLang, Locale locale, Locale order) {
        Map<String, String> sourceNames = new TreeMap<>();
        names.forEach((key, name) -> sourceNames.put(Urls.tagSlug(key), name));
        Map<String, String> written = new TreeMap<>();
        Map<String, List<Article>> articlesBySlug = new TreeMap<>();
        Map<String, List<FaqEntry>> faqBySlug = new TreeMap<>();
        for (FaqEntry f : faq) {
            String slug = Urls.tagSlug(f.topic());
            written.putIfAbsent(slug, f.topic());
            faqBySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(f);
        }
        for (Article a : articles) {
            for (String tag : a.tags()) {
                String slug = Urls.tagSlug(tag);
                written.putIfAbsent(slug, capitalised(tag, locale));
                articlesBySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(a);
            }
        }
        List<Topic> topics = new ArrayList<>();
        for (Map.Entry<String, String> w : written.entrySet()) {
            String slug = w.getKey();
            List<Article> tagged = new ArrayList<>(articlesBySlug.getOrDefault(slug, List.of()));
            tagged.sort(Comparator.comparing(Article::title).thenComparing(Article::slug));
            List<FaqEntry> questions = new ArrayList<>(faqBySlug.getOrDefault(slug, List.of()));
            questions.sort(Comparator.comparing(FaqEntry::title).thenComparing(FaqEntry::slug));
            String name = translated.get(slug);
            topics.add(name != null ? new Topic(slug, name, "", List.copyOf(tagged), List.copyOf(questions))
                    : new Topic(slug, sourceNames.getOrDefault(slug, w.getValue()), foreignLang, List.copyOf(tagged), List.copyOf(questions)));
        }
        java.text.Collator collator = java.text.Collator.getInstance(order);
        topics.sort(Comparator.comparing(Topic::name, collator).thenComparing(Topic::slug));
        Map<String, Topic> ordered = new LinkedHashMap<>();
        topics.forEach(t -> ordered.put(t.slug(), t));
        this.bySlug = ordered;
    }

    /** Every topic, by display name. */
    List<Topic> all() {
        return List.copyOf(bySlug.values());
    }

    /** The topic whose slug is {@code slug}'s, if this edition has it. */
    java.util.Optional<Topic> of(String tagOrTopic) {
        return java.util.Optional.ofNullable(bySlug.get(Urls.tagSlug(tagOrTopic)));
    }

    /** The display name of a tag or FAQ topic as the source writes it. */
    String name(String tagOrTopic) {
        return of(tagOrTopic).map(Topic::name).orElse(tagOrTopic);
    }

    /** The {@code lang} of that name: empty when it is in the edition's language. */
    String lang(String tagOrTopic) {
        return of(tagOrTopic).map(Topic::lang).orElse("");
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(0, 1)).toUpperCase(locale)
                + text.substring(text.offsetByCodePoints(0, 1));
    }
}
