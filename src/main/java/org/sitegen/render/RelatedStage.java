package org.sitegen.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.link.RelatedContent;
import org.sitegen.model.Article;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;

/** Related content ranked from tags and the glossary terms bodies use, and each edition's backlinks and "Used in" lists. */
public final class RelatedStage {

    public record Result(RelatedContent related, Map<String, EditionLinks> editionLinks) {
    }

    public Result relate(SiteContent content, List<Edition> editions, Map<PageId, ProcessedBody> bodies) {
        Map<PageId, Set<String>> terms = new LinkedHashMap<>();
        for (Article article : content.articles()) {
            // editions usually share one set; a union is needed only where region passages make them differ
            Collection<Set<String>> sets = bodies.get(article.id()).terms().values();
            Set<String> first = sets.isEmpty() ? Set.of() : sets.iterator().next();
            if (sets.stream().allMatch(set -> set == first)) {
                terms.put(article.id(), first);
            } else {
                Set<String> union = new HashSet<>();
                sets.forEach(union::addAll);
                terms.put(article.id(), union);
            }
        }
        RelatedContent related = new RelatedContent(content.articles(), content.faq(), terms);
        List<Page> all = new ArrayList<>(content.articles());
        all.addAll(content.faq());
        List<EditionLinks> computed = editions.parallelStream().map(e -> EditionLinks.of(e, all, bodies)).toList();
        Map<String, EditionLinks> byCode = new LinkedHashMap<>();
        for (int i = 0; i < editions.size(); i++) {
            byCode.put(editions.get(i).code(), computed.get(i));
        }
        return new Result(related, byCode);
    }
}
