package org.sitegen.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.sitegen.model.GlossaryEntry;

/**
 * Links the first occurrence on a page of each glossary term to its entry, with a tooltip that works on
 * hover and keyboard focus without JavaScript and is announced through {@code aria-describedby}.
 * Never links inside headings, links, code, or elements marked {@code no-gloss}.
 */
public final class GlossaryLinker {
    private static final Set<String> EXCLUDED = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "kbd", "samp",
            "script", "style", "button", "label", "abbr", "dfn");
    private static final String NO_GLOSS = org.sitegen.model.Markers.NO_GLOSS;

    private final GlossaryMatcher matcher;
    private final Map<String, GlossaryEntry> entries;
    /** Per slug, the language of an entry shown in another language than the page's (an untranslated entry). */
    private final Map<String, String> foreign;

    public GlossaryLinker(GlossaryMatcher matcher, Map<String, GlossaryEntry> entries) {
        this(matcher, entries, Map.of());
    }

    /** @param foreign per slug, the {@code lang} of an entry whose definition is not in the pages' language */
    public GlossaryLinker(GlossaryMatcher matcher, Map<String, GlossaryEntry> entries, Map<String, String> foreign) {
        this.matcher = matcher;
        this.entries = entries;
        this.foreign = Map.copyOf(foreign);
    }

    /**
     * Links terms inside {@code root}.
     *
     * @param linked   slugs already linked on this page (updated); a slug in it is not linked again
     * @param href     the link to an entry, relative to the page
     * @param idPrefix makes tooltip ids unique on the page
     */
    public void link(Element root, Set<String> linked, Function<String, String> href, String idPrefix) {
        List<TextNode> texts = new ArrayList<>();
        collect(root, texts);
        for (TextNode text : texts) {
            linkText(text, linked, href, idPrefix);
        }
    }

    /** The text nodes glossary terms may be linked in, in document order; without recursion (bodies may nest deeply). */
    private static void collect(Element root, List<TextNode> texts) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (!text.isBlank()) {
                        texts.add(text);
                    }
                    return FilterResult.CONTINUE;
                }
                if (node != root && node instanceof Element e && (EXCLUDED.contains(e.normalName()) || e.hasClass(NO_GLOSS)
                        || e.hasAttr(org.sitegen.model.Markers.TERM))) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return node instanceof Element ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }
        }, root);
    }

    private void linkText(TextNode node, Set<String> linked, Function<String, String> href, String idPrefix) {
        String text = node.getWholeText();
        List<GlossaryMatch> matches = matcher.find(text);
        if (matches.isEmpty()) {
            return;
        }
        List<Node> replacement = new ArrayList<>();
        int position = 0;
        for (GlossaryMatch match : matches) {
            if (!linked.add(match.slug())) {
                continue;
            }
            if (match.start() > position) {
                replacement.add(new TextNode(text.substring(position, match.start())));
            }
            replacement.add(term(match.slug(), text.substring(match.start(), match.end()), href, idPrefix));
            position = match.end();
        }
        if (replacement.isEmpty()) {
            return;
        }
        if (position < text.length()) {
            replacement.add(new TextNode(text.substring(position)));
        }
        for (Node n : replacement) {
            node.before(n);
        }
        node.remove();
    }

    /** The markup of one linked term: a link plus its tooltip. */
    public Element term(String slug, String text, Function<String, String> href, String idPrefix) {
        GlossaryEntry entry = entries.get(slug);
        String tipId = idPrefix + "gt-" + slug;
        Element wrapper = new Element("span").addClass("term");
        wrapper.appendElement("a")
                .attr("href", href.apply(slug))
                .attr(org.sitegen.model.Markers.TERM, slug)
                .attr("aria-describedby", tipId)
                .text(text);
        Element tip = wrapper.appendElement("span")
                .attr("role", "tooltip")
                .attr("id", tipId)
                .addClass("term-tip")
                .text(entry.shortDefinition());
        String lang = foreign.get(slug);
        if (lang != null) {
            // an untranslated entry's definition inside a translated page: read in its own language
            tip.attr("lang", lang).attr("dir", "auto");
        }
        return wrapper;
    }
}
