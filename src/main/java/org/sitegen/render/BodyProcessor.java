package org.sitegen.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.sitegen.glossary.GlossaryLinker;
import org.sitegen.link.Resolution;
import org.sitegen.link.SiteIndex;
import org.sitegen.markdown.MarkerAttributes;
import org.sitegen.model.Markers;
import org.sitegen.images.ImageCatalog;
import org.sitegen.images.ImagePlacer;
import org.sitegen.sanitize.HtmlAllowlist;
import org.sitegen.sanitize.Violation;
import org.sitegen.model.PageId;
import org.sitegen.region.Edition;

/**
 * Turns a body's rendered Markdown into the HTML each edition shows: links rewritten to relative output
 * URLs, glossary terms linked, {@code ::: region} passages kept only where they apply, and links to pages an
 * edition leaves out turned into plain text. The body is parsed once; per-edition work happens only for
 * bodies that differ between editions.
 */
public final class BodyProcessor {
    private static final String TARGET = Markers.TARGET;

    private final SiteIndex index;
    private final HtmlAllowlist allowlist = HtmlAllowlist.article().withMarkers(MarkerAttributes.BY_TAG, MarkerAttributes::isRenderedClass);
    private final GlossaryLinker glossaryLinker;

    private final ImagePlacer images;

    public BodyProcessor(SiteIndex index, GlossaryLinker glossaryLinker) {
        this(index, glossaryLinker, new ImagePlacer(ImageCatalog.empty()));
    }

    public BodyProcessor(SiteIndex index, GlossaryLinker glossaryLinker, ImagePlacer images) {
        this.index = index;
        this.glossaryLinker = glossaryLinker;
        this.images = images;
    }

    /**
     * @param self          the page or entry the body belongs to
     * @param folder        its content folder ("articles", "faq", "glossary")
     * @param pagePath      edition-relative path of the page showing the body (for relative links)
     * @param autoGlossary  whether terms are linked automatically
     * @param excludedTerm  a glossary slug never to link (an entry's own definition), or null
     * @param idPrefix      makes tooltip ids unique on pages showing several bodies
     * @param editions      the editions that show this body
     * @param links         the link stage's resolution of each of the body's links, by {@link Markers#LINK} index
     */
    public ProcessedBody process(PageId self, String html, String pagePath, boolean autoGlossary,
                                 String excludedTerm, String idPrefix, List<Edition> editions, List<Resolution> links) {
        String root = Urls.rootPrefix(pagePath);
        Function<String, String> glossaryHref = slug -> root + Urls.of(PageId.glossary(slug));
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        Element body = document.body();
        // the allowlist judges exactly the parse that is serialised into the page: no parse difference can slip past it
        List<Violation> refused = allowlist.check(body);
        if (!refused.isEmpty()) {
            return ProcessedBody.refused(refused.stream().map(Violation::message).distinct().toList());
        }
        rewriteLinks(self, body, root, pagePath, glossaryHref, idPrefix, links);
        images.place(body, self.folder(), root);
        if (!idPrefix.isEmpty()) {
            prefixIds(body, idPrefix);
        }

        boolean hasRegionBlocks = !body.select("[" + Markers.REGION_BLOCK + "]").isEmpty();
        Map<String, String> htmlByEdition = new LinkedHashMap<>();
        Map<String, Set<PageId>> targetsByEdition = new LinkedHashMap<>();
        Map<String, Set<String>> termsByEdition = new LinkedHashMap<>();
        Map<String, String> shared = new HashMap<>();

        Variant common = null;
        if (!hasRegionBlocks) {
            common = variant(body, autoGlossary, excludedTerm, glossaryHref, idPrefix);
        }
        for (Edition edition : editions) {
            Variant variant = common;
            if (variant == null) {
                Element filtered = body.clone();
                filterRegions(filtered, edition.code());
                variant = variant(filtered, autoGlossary, excludedTerm, glossaryHref, idPrefix);
            }
            Set<PageId> targets = new LinkedHashSet<>();
            Set<PageId> unavailable = new java.util.TreeSet<>();
            for (PageId target : variant.targets()) {
                (edition.has(target) ? targets : unavailable).add(target);
            }
            Variant v = variant;
            String serialized = v.html.computeIfAbsent(unavailable.toString(), key -> serialize(v.root, unavailable));
            htmlByEdition.put(edition.code(), shared.computeIfAbsent(serialized, x -> x));
            targetsByEdition.put(edition.code(), targets);
            termsByEdition.put(edition.code(), variant.terms());
        }
        return new ProcessedBody(htmlByEdition, targetsByEdition, termsByEdition, List.of());
    }

    /**
     * Bodies shown together on one page (FAQ answers, glossary definitions) get their own ids prefixed, and the
     * links to them (footnotes, headings) rewritten, so that two bodies never share an id.
     */
    private static void prefixIds(Element body, String prefix) {
        Set<String> ids = new java.util.HashSet<>();
        for (Element element : body.select("[id]")) {
            ids.add(element.id());
            element.id(prefix + element.id());
        }
        for (Element a : body.select("a[href^=#]")) {
            if (!a.hasAttr(TARGET) && ids.contains(a.attr("href").substring(1))) {
                a.attr("href", "#" + prefix + a.attr("href").substring(1));
            }
        }
    }

    /**
     * Links glossary terms in one version of a body.
     */
    private Variant variant(Element root, boolean auto, String excludedTerm, Function<String, String> href, String idPrefix) {
        Set<String> terms = linkTerms(root, auto, excludedTerm, href, idPrefix);
        return new Variant(root, terms, Variant.collectTargets(root), new HashMap<>());
    }

    private Set<String> linkTerms(Element root, boolean auto, String excludedTerm, Function<String, String> href, String idPrefix) {
        // terms linked explicitly ([[glossary:x]]) in this variant only: a region passage left out takes its links with it
        Set<String> explicitTerms = new LinkedHashSet<>(root.select("a[" + Markers.TERM + "]").eachAttr(Markers.TERM));
        Set<String> linked = new LinkedHashSet<>(explicitTerms);
        if (excludedTerm != null) {
            linked.add(excludedTerm);
        }
        if (auto) {
            glossaryLinker.link(root, linked, href, idPrefix);
        }
        if (excludedTerm != null && !explicitTerms.contains(excludedTerm)) {
            linked.remove(excludedTerm);
        }
        return Set.copyOf(linked);
    }

    private void rewriteLinks(PageId self, Element body, String root, String pagePath, Function<String, String> glossaryHref,
                              String idPrefix, List<Resolution> links) {
        for (Element a : body.select("a[href]:not([" + Markers.LINK + "])")) {
            if (a.attr("href").startsWith("http")) {
                a.attr("rel", "noopener");
            }
        }
        for (Element a : body.select("a[" + Markers.LINK + "]")) {
            int position = Integer.parseInt(a.attr(Markers.LINK));
            Resolution resolution = position < links.size() ? links.get(position) : new Resolution.Plain();
            a.removeAttr(Markers.LINK);
            if (resolution instanceof Resolution.Plain) {
                a.replaceWith(new Element("span").addClass(Markers.NO_GLOSS).text(a.text()));
            } else if (resolution instanceof Resolution.Resolved resolved) {
                PageId target = resolved.target().page();
                String text = a.hasAttr(Markers.AUTO_TEXT) ? autoText(target) : null;
                a.removeAttr(Markers.AUTO_TEXT);
                if (target.kind() == PageId.Kind.GLOSSARY && !a.hasAttr("href")) {
                    a.replaceWith(glossaryLinker.term(target.slug(), text != null ? text : a.text(), glossaryHref, idPrefix));
                    continue;
                }
                String href = Urls.pageOf(target).equals(pagePath) && target.kind() != PageId.Kind.ARTICLE
                        ? "#" + target.slug()
                        : root + Urls.of(resolved.target());
                if (target.equals(self) && !resolved.target().anchor().isEmpty()) {
                    href = "#" + resolved.target().anchor();
                }
                a.attr("href", href);
                a.attr(TARGET, target.shorthand());
                if (text != null) {
                    a.text(text);
                }
            } else {
                a.unwrap();
            }
        }
    }

    private String autoText(PageId target) {
        String title = index.title(target);
        if (target.kind() == PageId.Kind.GLOSSARY && title.length() > 1 && Character.isLowerCase(title.charAt(1))) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    private static void filterRegions(Element root, String code) {
        for (Element block : root.select("[" + Markers.REGION_BLOCK + "]")) {
            List<String> codes = List.of(block.attr(Markers.REGION_BLOCK).split("\\s+"));
            if (codes.contains(code)) {
                block.unwrap();
            } else {
                block.remove();
            }
        }
    }

    /** Serializes a copy of {@code body} with links to {@code unavailable} pages as plain text and markers removed. */
    private static String serialize(Element body, Set<PageId> unavailable) {
        Element copy = body.clone();
        for (Element e : copy.select("[" + TARGET + "], [" + Markers.REGION_BLOCK + "]")) {
            if (e.hasAttr(TARGET) && unavailable.contains(PageId.parse(e.attr(TARGET)))) {
                e.unwrap();
                continue;
            }
            e.removeAttr(TARGET);
            if (e.hasAttr(Markers.REGION_BLOCK)) {
                e.unwrap();
            }
        }
        return copy.html();
    }

    /** One version of a body (all editions, or one edition's region passages) and its serializations. */
    private record Variant(Element root, Set<String> terms, Set<PageId> targets, Map<String, String> html) {
        static Set<PageId> collectTargets(Element root) {
            Set<PageId> targets = new LinkedHashSet<>();
            for (Element a : root.select("a[" + TARGET + "]")) {
                targets.add(PageId.parse(a.attr(TARGET)));
            }
            return targets;
        }
    }
}
