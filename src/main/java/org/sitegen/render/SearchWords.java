package org.sitegen.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Heading;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;

/**
 * A page's keywords for one edition: tags, the headings that edition shows, and the name, aliases and abbreviation
 * of every glossary term its body uses (so that "RFA" finds the articles about radiofrequency ablation).
 * Editions that share the body's glossary links (the same set) share the string, so it is built once per page.
 */
final class SearchWords {
    private final SiteIndex index;
    private final Map<PageId, ProcessedBody> bodies;
    private final Map<PageId, Map.Entry<Set<String>, String>> built = new ConcurrentHashMap<>();

    SearchWords(SiteIndex index, Map<PageId, ProcessedBody> bodies) {
        this.index = index;
        this.bodies = bodies;
    }

    String of(Page page, String edition, List<String> tags, List<Heading> headings) {
        ProcessedBody body = bodies.get(page.id());
        Set<String> terms = body.terms().getOrDefault(edition, Set.of());
        Map.Entry<Set<String>, String> known = built.get(page.id());
        if (known != null && known.getKey() == terms) {
            return known.getValue();
        }
        StringBuilder words = new StringBuilder();
        tags.forEach(t -> words.append(t).append(". "));
        headings.stream().filter(h -> h.shownIn(edition)).forEach(h -> words.append(h.text()).append(". "));
        terms.stream().sorted().forEach(t -> {
            GlossaryEntry term = index.glossary().get(t);
            if (term != null) {
                words.append(term.term()).append(". ");
                term.aliases().forEach(a -> words.append(a).append(". "));
                term.abbreviation().ifPresent(a -> words.append(a).append(". "));
            }
        });
        String joined = words.toString().strip();
        built.put(page.id(), Map.entry(terms, joined));
        return joined;
    }

    /** The final HTML of the body as the edition shows it (its region passages only). */
    String html(PageId id, String edition) {
        return bodies.get(id).html().getOrDefault(edition, "");
    }
}
