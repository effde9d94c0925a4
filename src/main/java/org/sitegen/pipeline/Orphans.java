package org.sitegen.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitegen.link.LinkGraph;
import org.sitegen.link.RelatedContent;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;

/** Pages no other page links to and no other page's related list reaches. */
final class Orphans {
    List<String> of(SiteContent content, LinkGraph links, RelatedContent related) {
        Set<PageId> reached = new HashSet<>();
        for (LinkGraph.Edge edge : links.edges()) {
            if (!edge.source().equals(edge.target())) {
                reached.add(edge.target());
            }
        }
        for (Article article : content.articles()) {
            related.of(article.id(), id -> true).forEach(reached::add);
        }
        for (FaqEntry entry : content.faq()) {
            entry.related().forEach(slug -> reached.add(PageId.article(slug)));
        }
        List<String> orphans = new ArrayList<>();
        content.articles().stream().filter(a -> !reached.contains(a.id())).forEach(a -> orphans.add(a.path()));
        content.faq().stream().filter(f -> !reached.contains(f.id())).forEach(f -> orphans.add(f.path()));
        return orphans;
    }
}
