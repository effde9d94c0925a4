package org.sitegen.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.PageId;
import org.sitegen.testing.TestContent;

/** {@link RelatedContent}: hand-picked first, then 2 points per shared tag and 1 per shared term, ties by title. */
class RelatedContentTest {

    private static Article article(String slug, String title, List<String> tags, List<String> related) {
        return TestContent.article(slug, "title: " + title + "\nsummary: S.\ndate: 2026-01-01\ntags: " + tags
                + (related.isEmpty() ? "" : "\nrelated: " + related), "Body.");
    }

    private static FaqEntry faq(String slug, List<String> related) {
        return TestContent.faq(slug, "title: Q " + slug + "?\ntopic: T\nrelated: " + related, "Answer.");
    }

    private static PageId a(String slug) {
        return PageId.article(slug);
    }

    @Test
    void tagsWeighTwoTermsOneTiesByTitle() {
        List<Article> articles = List.of(
                article("main", "Main", List.of("x", "y"), List.of()),
                article("one-tag", "Zeta one tag", List.of("x"), List.of()),          // 2
                article("two-tags", "Two tags", List.of("x", "y"), List.of()),        // 4
                article("tag-and-term", "Tag and term", List.of("y"), List.of()),     // 2 + 1 = 3
                article("term-only", "Term only", List.of("z"), List.of()),           // 1
                article("other-tag", "Alpha other tag", List.of("y"), List.of()),     // 2, ties with one-tag, earlier title
                article("unrelated", "Unrelated", List.of("z"), List.of()));          // 0
        Map<PageId, Set<String>> terms = new LinkedHashMap<>();
        terms.put(a("main"), Set.of("facet-joint", "nerve-block"));
        terms.put(a("tag-and-term"), Set.of("facet-joint"));
        terms.put(a("term-only"), Set.of("nerve-block", "sciatica"));
        terms.put(a("unrelated"), Set.of("sciatica"));
        RelatedContent related = new RelatedContent(articles, List.of(), terms);
        assertEquals(List.of(a("two-tags"), a("tag-and-term"), a("other-tag"), a("one-tag"), a("term-only")),
                related.of(a("main"), id -> true));
        assertEquals(List.of(a("two-tags"), a("other-tag"), a("one-tag"), a("term-only")),
                related.of(a("main"), id -> !id.equals(a("tag-and-term"))), "pages an edition leaves out are skipped");
        assertEquals(List.of(a("term-only")), related.of(a("unrelated"), id -> true), "shared terms alone relate pages");
    }

    @Test
    void equalTitlesAreOrderedBySlug() {
        List<Article> articles = List.of(
                article("main", "Main", List.of("x"), List.of()),
                article("b-same", "Same title", List.of("x"), List.of()),
                article("a-same", "Same title", List.of("x"), List.of()));
        assertEquals(List.of(a("a-same"), a("b-same")), new RelatedContent(articles, List.of(), Map.of()).of(a("main"), id -> true));
    }

    @Test
    void handPickedComeFirstThenRankedThenFaqNamingTheArticleAndAtMostFive() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("main", "Main", List.of("x"), List.of("faq:picked", "low")));
        articles.add(article("low", "Low", List.of(), List.of()));
        for (int i = 1; i <= 6; i++) {
            articles.add(article("tagged-" + i, "Tagged " + i, List.of("x"), List.of()));
        }
        List<FaqEntry> faq = List.of(faq("picked", List.of()), faq("names-main", List.of("main")), faq("other", List.of("low")));
        RelatedContent related = new RelatedContent(articles, faq, Map.of());
        assertEquals(List.of(PageId.faq("picked"), a("low"), a("tagged-1"), a("tagged-2"), a("tagged-3")), related.of(a("main"), id -> true));
        assertEquals(List.of(a("tagged-1"), a("tagged-2"), a("tagged-3"), a("tagged-4"), a("tagged-5")),
                related.of(a("main"), id -> id.kind() == PageId.Kind.ARTICLE && !id.slug().equals("low")));
        assertEquals(List.of(a("tagged-6"), PageId.faq("names-main")),
                related.of(a("main"), id -> id.equals(a("tagged-6")) || id.kind() == PageId.Kind.FAQ && !id.slug().equals("picked")),
                "FAQ entries naming the article come after the ranked articles");
        assertEquals(List.of(PageId.faq("other")), related.of(a("low"), id -> true));
    }

    @Test
    void aHandPickedPageIsNotListedTwice() {
        List<Article> articles = List.of(
                article("main", "Main", List.of("x"), List.of("b")),
                article("a", "A", List.of("x"), List.of()),
                article("b", "B", List.of("x"), List.of()));
        assertEquals(List.of(a("b"), a("a")), new RelatedContent(articles, List.of(), Map.of()).of(a("main"), id -> true));
    }

    @Test
    void unknownArticleHasNoRelatedPages() {
        assertEquals(List.of(), new RelatedContent(List.of(), List.of(), Map.of()).of(a("missing"), id -> true));
    }
}
