package org.sitegen.link;

import java.util.ArrayList;
import java.util.List;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.Suggestions;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.model.SourceLink;

/** Resolves every link and {@code related} entry of the site once, reporting each that points nowhere. */
public final class LinkChecker {
    private final SiteIndex index;
    private final LinkResolver resolver;

    public LinkChecker(SiteIndex index) {
        this.index = index;
        this.resolver = new LinkResolver(index);
    }

    /** Every link resolved once, and the graph of all links as written, after reporting the broken ones. */
    public ResolvedLinks check(SiteContent content, Diagnostics diagnostics) {
        List<LinkGraph.Edge> edges = new ArrayList<>();
        java.util.Map<PageId, List<Resolution>> byBody = new java.util.HashMap<>();
        java.util.Map<PageId, Page> drafts = new java.util.HashMap<>();
        pages(content).stream().filter(Page::draft).forEach(p -> drafts.put(p.id(), p));
        for (Page page : pages(content)) {
            byBody.put(page.id(), check(page, drafts, edges, diagnostics));
        }
        for (GlossaryEntry entry : content.glossary()) {
            List<Resolution> resolutions = new ArrayList<>();
            byBody.put(entry.id(), resolutions);
            for (SourceLink link : entry.body().links()) {
                Resolution r = resolver.resolve(entry.id(), "glossary", link);
                resolutions.add(r);
                if (r instanceof Resolution.Broken broken) {
                    diagnostics.error(entry.path(), link.line(), broken.message());
                }
            }
        }
        return new ResolvedLinks(new LinkGraph(edges), byBody);
    }

    /**
     * The links of one page resolved, its broken ones reported, as {@link #check(SiteContent, Diagnostics)} does for
     * every page (the preview's rebuild of one edited page).
     */
    public List<Resolution> checkPage(SiteContent content, Page page, Diagnostics diagnostics) {
        java.util.Map<PageId, Page> drafts = new java.util.HashMap<>();
        pages(content).stream().filter(Page::draft).forEach(p -> drafts.put(p.id(), p));
        return check(page, drafts, new ArrayList<>(), diagnostics);
    }

    private List<Resolution> check(Page page, java.util.Map<PageId, Page> drafts, List<LinkGraph.Edge> edges, Diagnostics diagnostics) {
        String folder = page.id().folder();
        List<Resolution> resolutions = new ArrayList<>();
        for (SourceLink link : page.body().links()) {
            Resolution r = resolver.resolve(page.id(), folder, link);
            resolutions.add(r);
            if (r instanceof Resolution.Broken broken) {
                diagnostics.error(page.path(), link.line(), broken.message());
            } else if (r instanceof Resolution.Resolved resolved && !resolved.target().page().equals(page.id())) {
                edges.add(new LinkGraph.Edge(page.id(), resolved.target().page(), LinkGraph.Kind.LINK));
                warnOfDraft(page, link.line(), drafts.get(resolved.target().page()), "the link", diagnostics);
            }
        }
        for (String related : page.related()) {
            checkRelated(page, related, diagnostics).ifPresent(target -> {
                edges.add(new LinkGraph.Edge(page.id(), target, LinkGraph.Kind.RELATED));
                warnOfDraft(page, page.lines().of(org.sitegen.model.Keys.RELATED), drafts.get(target), "the related entry", diagnostics);
            });
        }
        return resolutions;
    }

    /** A published page that links to a draft: the reader would find plain text, so the editor hears of it. */
    private static void warnOfDraft(Page page, int line, Page draft, String what, Diagnostics diagnostics) {
        if (draft != null && !page.draft()) {
            diagnostics.warning(page.path(), line, "links to the draft " + draft.path() + ": published without --drafts, "
                    + what + " is left out (plain text) until that page is published");
        }
    }

    private java.util.Optional<PageId> checkRelated(Page page, String related, Diagnostics diagnostics) {
        int line = page.lines().of(org.sitegen.model.Keys.RELATED);
        boolean faq = related.startsWith("faq:");
        PageId target = PageId.parse(related);
        if (related.contains(":") && !faq) {
            diagnostics.error(page.path(), line, "related entry '" + related + "' must be an article slug or faq:<slug>");
            return java.util.Optional.empty();
        }
        if (faq && page.id().kind() == PageId.Kind.FAQ) {
            diagnostics.error(page.path(), line, "related entry '" + related + "': a FAQ entry lists related articles only (article slugs)");
            return java.util.Optional.empty();
        }
        if (target.equals(page.id())) {
            diagnostics.error(page.path(), line, "related entry '" + related + "' names this page itself");
            return java.util.Optional.empty();
        }
        PageId asFaq = new PageId(PageId.Kind.FAQ, target.slug());
        if (!faq && !index.exists(target) && page.id().kind() == PageId.Kind.ARTICLE && index.exists(asFaq)) {
            diagnostics.error(page.path(), line, "related entry '" + related + "' is not a known article; it is a FAQ entry: write 'faq:"
                    + target.slug() + "'");
            return java.util.Optional.empty();
        }
        if (!index.exists(target)) {
            String hint = Suggestions.closest(target.slug(), index.slugs(target.kind()))
                    .map(s -> " (did you mean '" + new PageId(target.kind(), s).shorthand() + "'?)").orElse("");
            diagnostics.error(page.path(), line, "related entry '" + related + "' is not a known "
                    + (faq ? "FAQ entry" : "article") + hint);
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(target);
    }

    private static List<Page> pages(SiteContent content) {
        return content.allPages();
    }
}
