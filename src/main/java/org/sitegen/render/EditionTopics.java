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
 * The topics of one edition: every article tag and every FAQ topic, merged by their slug, each with its display
 * name, its articles and its FAQ entries. An article's first tag is its home topic: the home page shows each
 * article under that topic only.
 */
final class EditionTopics {
    /** One topic: {@code slug} names its page {@code tags/<slug>/}; {@code name} is what readers see. */
    record Topic(String slug, String name, List<Article> articles, List<FaqEntry> faq) {
        int size() {
            return articles.size() + faq.size();
        }
    }

    private final Map<String, Topic> bySlug;

    /**
     * @param names display names by slug from the site settings; a topic without one takes its FAQ topic as
     *              written, else its tag with a capital first letter
     */
    EditionTopics(List<Article> articles, List<FaqEntry> faq, Map<String, String> names, Locale locale) {
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
            topics.add(new Topic(slug, names.getOrDefault(slug, w.getValue()), List.copyOf(tagged), List.copyOf(questions)));
        }
        topics.sort(Comparator.comparing((Topic t) -> t.name().toLowerCase(locale)).thenComparing(Topic::slug));
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

    /** The display name of a tag or FAQ topic as written. */
    String name(String tagOrTopic) {
        return of(tagOrTopic).map(Topic::name).orElse(tagOrTopic);
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, text.offsetByCodePoints(0, 1)).toUpperCase(locale)
                + text.substring(text.offsetByCodePoints(0, 1));
    }
}
