package org.sitegen.link;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Heading;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;

/** Slug lookups built once per build: pages by id, and the heading ids of each article. */
public final class SiteIndex {
    private final Map<PageId, Page> pages = new LinkedHashMap<>();
    private final Map<String, GlossaryEntry> glossary = new TreeMap<>();
    private final Map<String, Set<String>> headingIds = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> regionalHeadings = new LinkedHashMap<>();

    /** Pages whose files exist but did not load: links to them are not reported as links to unknown pages. */
    private final Set<PageId> unloaded;

    public SiteIndex(SiteContent content) {
        this(content, Set.of());
    }

    public SiteIndex(SiteContent content, Set<PageId> unloaded) {
        this.unloaded = Set.copyOf(unloaded);
        for (Article article : content.articles()) {
            pages.put(article.id(), article);
            Set<String> ids = new HashSet<>();
            for (Heading heading : article.body().headings()) {
                ids.add(heading.id());
                if (!heading.regions().isEmpty()) {
                    regionalHeadings.computeIfAbsent(article.slug(), k -> new LinkedHashMap<>()).put(heading.id(), heading.regions());
                }
            }
            headingIds.put(article.slug(), ids);
        }
        for (FaqEntry entry : content.faq()) {
            pages.put(entry.id(), entry);
        }
        content.pages().forEach(p -> pages.put(p.id(), p));
        content.glossary().forEach(g -> glossary.put(g.slug(), g));
    }

    public Optional<Page> page(PageId id) {
        return Optional.ofNullable(pages.get(id));
    }

    public boolean exists(PageId id) {
        return unloaded.contains(id) || (id.kind() == PageId.Kind.GLOSSARY ? glossary.containsKey(id.slug()) : pages.containsKey(id));
    }

    public Map<String, GlossaryEntry> glossary() {
        return glossary;
    }

    public boolean hasHeading(String articleSlug, String id) {
        return unloaded.contains(PageId.article(articleSlug)) || headingIds.getOrDefault(articleSlug, Set.of()).contains(id);
    }

    /** The regions that show a heading inside a {@code ::: region} passage; empty for headings every edition shows. */
    public List<String> headingRegions(String articleSlug, String id) {
        return regionalHeadings.getOrDefault(articleSlug, Map.of()).getOrDefault(id, List.of());
    }

    public Set<String> headingIds(String articleSlug) {
        return headingIds.getOrDefault(articleSlug, Set.of());
    }

    /** Every slug of a kind, for suggestions. */
    public List<String> slugs(PageId.Kind kind) {
        if (kind == PageId.Kind.GLOSSARY) {
            return List.copyOf(glossary.keySet());
        }
        return pages.keySet().stream().filter(id -> id.kind() == kind).map(PageId::slug).toList();
    }

    public String title(PageId id) {
        if (id.kind() == PageId.Kind.GLOSSARY) {
            GlossaryEntry entry = glossary.get(id.slug());
            return entry == null ? id.slug() : entry.term();
        }
        Page page = pages.get(id);
        return page == null ? id.slug() : page.title();
    }
}
