package org.sitegen.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.PageId;

/**
 * Ranks related pages without comparing every pair: an index from tag and from glossary term to the
 * articles that have it, so each article only meets the articles it shares something with, and a bounded
 * heap keeps the best few.
 *
 * <p>Score of article B for article A: 2 per shared tag plus 1 per shared glossary term. Ties are broken by
 * title, then slug. The list shown is: hand-picked pages first, then ranked articles, then FAQ entries that
 * name A in their {@code related}, at most {@link #LIMIT}.
 */
public final class RelatedContent {
    public static final int LIMIT = 5;
    /** Ranked candidates kept per article, so that editions leaving some pages out still fill their lists. */
    private static final int CANDIDATES = 8 * LIMIT;
    private static final int TAG_WEIGHT = 2;
    private static final int TERM_WEIGHT = 1;

    private final Map<PageId, List<PageId>> candidates;

    /**
     * @param terms glossary slugs used by each article
     */
    public RelatedContent(List<Article> articles, List<FaqEntry> faq, Map<PageId, Set<String>> terms) {
        int n = articles.size();
        // rank[i]: position of article i by title then slug, for tie-breaking with integer comparisons
        Integer[] byTitle = new Integer[n];
        for (int i = 0; i < n; i++) {
            byTitle[i] = i;
        }
        java.util.Arrays.sort(byTitle, Comparator.comparing((Integer i) -> articles.get(i).title()).thenComparing(i -> articles.get(i).slug()));
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byTitle[r]] = r;
        }
        Map<String, List<Integer>> byTag = new HashMap<>();
        Map<String, List<Integer>> byTerm = new HashMap<>();
        List<Set<String>> termsOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Article a = articles.get(i);
            int index = i;
            a.tags().forEach(t -> byTag.computeIfAbsent(t, k -> new ArrayList<>()).add(index));
            Set<String> used = terms.getOrDefault(a.id(), Set.of());
            termsOf.add(used);
            used.forEach(t -> byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(index));
        }
        Map<String, int[]> tagPostings = postings(byTag);
        Map<String, int[]> termPostings = postings(byTerm);
        Map<PageId, List<PageId>> faqFor = new HashMap<>();
        for (FaqEntry entry : faq) {
            for (String related : entry.related()) {
                faqFor.computeIfAbsent(PageId.article(related), k -> new ArrayList<>()).add(entry.id());
            }
        }
        // articles are ranked in parallel chunks, each with its own score arrays
        int chunks = Math.max(1, Math.min(n, 4 * Runtime.getRuntime().availableProcessors()));
        List<Map<PageId, List<PageId>>> parts = java.util.stream.IntStream.range(0, chunks).parallel().mapToObj(c -> {
            Map<PageId, List<PageId>> part = new HashMap<>();
            int[] score = new int[n];
            int[] touched = new int[n];
            for (int i = c * n / chunks; i < (c + 1) * n / chunks; i++) {
                Article a = articles.get(i);
                part.put(a.id(), rank(i, a, rank, byTitle, articles, tagPostings, termPostings, termsOf.get(i), faqFor, score, touched));
            }
            return part;
        }).toList();
        Map<PageId, List<PageId>> all = new HashMap<>();
        parts.forEach(all::putAll);
        candidates = all;
    }

    private static List<PageId> rank(int i, Article a, int[] rank, Integer[] byTitle, List<Article> articles,
                                     Map<String, int[]> byTag, Map<String, int[]> byTerm, Set<String> terms,
                                     Map<PageId, List<PageId>> faqFor, int[] score, int[] touched) {
        int n = articles.size();
        int count = 0;
        for (String tag : a.tags()) {
            count = add(byTag.get(tag), TAG_WEIGHT, score, touched, count);
        }
        for (String term : terms) {
            count = add(byTerm.get(term), TERM_WEIGHT, score, touched, count);
        }
        // keys order best-first: higher score, then lower rank (earlier title); a min-heap keeps the best few
        long[] heap = new long[CANDIDATES];
        int size = 0;
        for (int t = 0; t < count; t++) {
            int j = touched[t];
            if (j != i) {
                long key = ((long) score[j] << 32) | (n - 1 - rank[j]);
                if (size < CANDIDATES) {
                    heap[size] = key;
                    siftUp(heap, size++);
                } else if (key > heap[0]) {
                    heap[0] = key;
                    siftDown(heap, size);
                }
            }
            score[j] = 0;
        }
        long[] ranked = java.util.Arrays.copyOf(heap, size);
        java.util.Arrays.sort(ranked);
        List<PageId> list = new ArrayList<>();
        for (String picked : a.related()) {
            list.add(PageId.parse(picked));
        }
        for (int k = ranked.length - 1; k >= 0; k--) {
            list.add(articles.get(byTitle[n - 1 - (int) (ranked[k] & 0xffffffffL)]).id());
        }
        faqFor.getOrDefault(a.id(), List.of()).stream().sorted().forEach(list::add);
        return List.copyOf(new LinkedHashSet<>(list));
    }

    private static void siftUp(long[] heap, int index) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (heap[parent] <= heap[index]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[index];
            heap[index] = swap;
            index = parent;
        }
    }

    private static void siftDown(long[] heap, int size) {
        int index = 0;
        while (true) {
            int smallest = index;
            int left = 2 * index + 1;
            int right = left + 1;
            if (left < size && heap[left] < heap[smallest]) {
                smallest = left;
            }
            if (right < size && heap[right] < heap[smallest]) {
                smallest = right;
            }
            if (smallest == index) {
                return;
            }
            long swap = heap[smallest];
            heap[smallest] = heap[index];
            heap[index] = swap;
            index = smallest;
        }
    }

    /** Posting lists as plain int arrays: no boxed integers to chase through memory in the hot loop. */
    private static Map<String, int[]> postings(Map<String, List<Integer>> lists) {
        Map<String, int[]> arrays = new HashMap<>();
        lists.forEach((key, list) -> arrays.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return arrays;
    }

    private static int add(int[] postings, int weight, int[] score, int[] touched, int count) {
        if (postings == null) {
            return count;
        }
        for (int j : postings) {
            if (score[j] == 0) {
                touched[count++] = j;
            }
            score[j] += weight;
        }
        return count;
    }

    /** Up to {@link #LIMIT} related pages of {@code article} that {@code available} accepts. */
    public List<PageId> of(PageId article, Predicate<PageId> available) {
        return candidates.getOrDefault(article, List.of()).stream().filter(available).limit(LIMIT).toList();
    }
}
