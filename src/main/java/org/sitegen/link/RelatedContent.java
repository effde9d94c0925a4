package org.sitegen.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.PageId;

/**
 * Ranks related pages without comparing every pair: an index from tag and from glossary term to the
 * articles that have it, so each article only meets the articles it shares something with.
 *
 * <p>Score of article B for article A: 2 per shared tag plus 1 per shared glossary term. Ties are broken by
 * title, then slug. The list shown is: hand-picked pages first, then ranked articles, then FAQ entries that
 * name A in their {@code related}, at most {@link #LIMIT}.
 */
public final class RelatedContent {
    public static final int LIMIT = 5;
    private static final int CANDIDATES = 3 * LIMIT;

    private final Map<PageId, List<PageId>> candidates = new HashMap<>();

    /**
     * @param terms glossary slugs used by each article
     */
    public RelatedContent(List<Article> articles, List<FaqEntry> faq, Map<PageId, Set<String>> terms) {
        Map<String, List<Article>> byTag = new HashMap<>();
        Map<String, List<Article>> byTerm = new HashMap<>();
        for (Article a : articles) {
            a.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(a));
            terms.getOrDefault(a.id(), Set.of()).forEach(t -> byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(a));
        }
        Map<PageId, List<PageId>> faqFor = new HashMap<>();
        for (FaqEntry entry : faq) {
            for (String related : entry.related()) {
                faqFor.computeIfAbsent(PageId.article(related), k -> new ArrayList<>()).add(entry.id());
            }
        }
        for (Article a : articles) {
            Map<Article, Integer> scores = new HashMap<>();
            a.tags().forEach(t -> byTag.get(t).forEach(b -> scores.merge(b, 2, Integer::sum)));
            terms.getOrDefault(a.id(), Set.of()).forEach(t -> byTerm.get(t).forEach(b -> scores.merge(b, 1, Integer::sum)));
            scores.remove(a);
            List<PageId> list = new ArrayList<>();
            for (String picked : a.related()) {
                list.add(picked.startsWith("faq:") ? PageId.faq(picked.substring(4)) : PageId.article(picked));
            }
            scores.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<Article, Integer>>comparingInt(Map.Entry::getValue).reversed()
                            .thenComparing(e -> e.getKey().title())
                            .thenComparing(e -> e.getKey().slug()))
                    .limit(CANDIDATES)
                    .forEach(e -> list.add(e.getKey().id()));
            faqFor.getOrDefault(a.id(), List.of()).stream().sorted().forEach(list::add);
            candidates.put(a.id(), List.copyOf(new java.util.LinkedHashSet<>(list)));
        }
    }

    /** Up to {@link #LIMIT} related pages of {@code article} that {@code available} accepts. */
    public List<PageId> of(PageId article, java.util.function.Predicate<PageId> available) {
        return candidates.getOrDefault(article, List.of()).stream().filter(available).limit(LIMIT).toList();
    }

}
