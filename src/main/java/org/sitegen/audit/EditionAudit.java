package org.sitegen.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.nodes.Element;
import org.sitegen.model.Hrefs;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.lang.Messages;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.render.ProductLines;

/**
 * Reads the written editions back and fails the build when a page would mislead a reader about regulation:
 * a page without its region's disclaimer block or with more than one, a product line that is not this
 * region's, a product that is not approved in the region without its status notice before the page's body, a
 * link to a page absent from the edition, or a link into another edition other than through the region switcher
 * and {@code hreflang} alternates.
 */
public final class EditionAudit {
    /** The class of the {@code nav} through which links into other editions are allowed. */
    private static final String SWITCHER_CLASS = "region-switcher";
    /** The notice of an outdated translation, whose link leads to the current version in the source language's edition. */
    private static final String TRANSLATION_NOTICE_CLASS = "translation-notice";
    private static final String DISCLAIMER_ID = "regulatory-disclaimer";
    /** On a status notice line: the product it states; the line's text is the product's wording for the region. */
    private static final String NOTICE_ATTR = "data-status-notice";
    /** On the element holding a page's body text (an article's body, a FAQ answer): notices must come before it. */
    private static final String BODY_ATTR = "data-body";

    private final Map<String, Region> regions = new HashMap<>();
    /** Per region code, per product id, the line its edition must show. */
    private final Map<String, Map<String, String>> productLines;

    /** How problems name a page: the folder it is published to, e.g. {@code target/site}. */
    private final String shownOutput;

    /** Source files by page path inside an edition, for the pages that have one. */
    private final Map<String, String> sources;

    /** The site's absolute URL with {@code --base-url}, else empty. */
    private final String baseUrl;

    /** @param productLines per region code, per product id, the line its edition must show */
    public EditionAudit(List<Region> regions, Map<String, Map<String, String>> productLines) {
        this(regions, productLines, "output", "");
    }

    public EditionAudit(List<Region> regions, Map<String, Map<String, String>> productLines, String shownOutput, String baseUrl) {
        this(regions, productLines, shownOutput, baseUrl, Map.of());
    }

    /**
     * @param sources the source file of each page that has exactly one (an article), by its path inside an edition
     *                ({@code articles/x/index.html}): problems on such a page name that file, where an editor can act
     */
    public EditionAudit(List<Region> regions, Map<String, Map<String, String>> productLines, String shownOutput, String baseUrl,
                        Map<String, String> sources) {
        this.shownOutput = shownOutput;
        this.sources = Map.copyOf(sources);
        this.baseUrl = baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        regions.forEach(r -> this.regions.put(r.code(), r));
        this.productLines = productLines;
    }

    /** The product lines each region's edition must show: its products (translated where it shows them so), its wording. */
    public static Map<String, Map<String, String>> expectedProductLines(List<Region> regions, Map<String, EditionLanguage> languages,
                                                                        Map<String, Messages> messages) {
        Map<String, Map<String, String>> lines = new HashMap<>();
        for (Region region : regions) {
            Map<String, String> byProduct = new HashMap<>();
            for (Product product : languages.get(region.code()).content().products()) {
                byProduct.put(product.id(), ProductLines.text(product, region, messages.get(region.code())));
            }
            lines.put(region.code(), byProduct);
        }
        return lines;
    }

    /** Audits every edition found under {@code root}, reading every page. */
    public void audit(Path root, Diagnostics diagnostics) {
        audit(root, diagnostics, Map.of(), Set.of(), false);
    }

    /**
     * Audits every edition found under {@code root}, one edition after the other: its pages are read in parallel, each
     * with jsoup's streaming parser keeping only its facts, then its links are checked against its own pages' facts.
     * Pages listed in {@code unchanged} are not read again but judged by their facts from the previous audit.
     *
     * @param keep whether to return the facts of every page, for the next audit
     * @return the facts of every page when {@code keep}, else an empty map
     */
    public Map<String, PageFacts> audit(Path root, Diagnostics diagnostics, Map<String, PageFacts> previous, Set<String> unchanged,
                                        boolean keep) {
        List<String> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(root.toString(), 0, "cannot read the output for the audit: " + e.getMessage());
            return Map.of();
        }
        Set<String> allPages = Set.copyOf(pages);
        Map<String, List<String>> byEdition = new java.util.TreeMap<>();
        for (String page : pages) {
            String code = edition(page);
            byEdition.computeIfAbsent(code == null ? "" : code, k -> new ArrayList<>()).add(page);
        }
        // one edition at a time, so that memory holds the facts of one edition's pages (unless they are kept); within
        // it pages are read in parallel (one edition may hold nearly all of the site), then its links are checked
        Map<String, PageFacts> kept = new java.util.concurrent.ConcurrentHashMap<>();
        for (List<String> group : byEdition.values()) {
            Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();
            Map<String, PageFacts> facts = new java.util.concurrent.ConcurrentHashMap<>();
            group.parallelStream().forEach(relative -> {
                PageFacts known = unchanged.contains(relative) ? previous.get(relative) : null;
                if (known == null) {
                    try {
                        known = read(relative, root.resolve(relative), strings);
                    } catch (IOException e) {
                        report(diagnostics, relative, "cannot read page for the audit: " + e.getMessage());
                        return;
                    }
                }
                facts.put(relative, known);
            });
            group.parallelStream().forEach(relative -> {
                PageFacts page = facts.get(relative);
                if (page != null) {
                    page.problems().forEach(problem -> report(diagnostics, relative, problem));
                    checkLinks(file -> Files.isRegularFile(root.resolve(file)), relative, edition(relative), page, facts::get,
                            allPages::contains, diagnostics);
                }
            });
            if (keep) {
                kept.putAll(facts);
            }
        }
        return kept;
    }

    /**
     * Audits only the pages {@code written} (output-relative paths) as found under {@code scratch}, against the facts of
     * every other page as {@code known} (the preview's rebuild of one edited page, before it replaces the published one):
     * their own problems and their links, whose files may lie in {@code scratch} or in the published {@code output}.
     *
     * @return the facts of the written pages
     */
    public Map<String, PageFacts> auditOnly(Path scratch, List<String> written, Map<String, PageFacts> known, Path output,
                                            Diagnostics diagnostics) {
        Map<String, PageFacts> fresh = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> strings = new java.util.concurrent.ConcurrentHashMap<>();
        written.parallelStream().forEach(relative -> {
            try {
                fresh.put(relative, read(relative, scratch.resolve(relative), strings));
            } catch (IOException e) {
                report(diagnostics, relative, "cannot read page for the audit: " + e.getMessage());
            }
        });
        java.util.function.Function<String, PageFacts> facts = page -> fresh.containsKey(page) ? fresh.get(page) : known.get(page);
        java.util.function.Predicate<String> exists = file -> Files.isRegularFile(scratch.resolve(file))
                || Files.isRegularFile(output.resolve(file));
        fresh.forEach((relative, page) -> {
            page.problems().forEach(problem -> report(diagnostics, relative, problem));
            checkLinks(exists, relative, edition(relative), page, facts, p -> fresh.containsKey(p) || known.containsKey(p), diagnostics);
        });
        return fresh;
    }

    /**
     * Reports a problem of the page at {@code relative}: under its source file when it has one (naming the published
     * page too), else under the page where it will be published, never under the staging folder.
     */
    private void report(Diagnostics diagnostics, String relative, String problem) {
        String published = shownOutput + "/" + relative;
        int slash = relative.indexOf('/');
        String source = slash > 0 && edition(relative) != null ? sources.get(relative.substring(slash + 1)) : null;
        if (source == null) {
            diagnostics.error(published, 0, problem);
        } else {
            diagnostics.error(source, 0, problem + " (in " + published + ")");
        }
    }

    private String edition(String relative) {
        int slash = relative.indexOf('/');
        String code = slash > 0 ? relative.substring(0, slash) : null;
        return code != null && regions.containsKey(code) ? code : null;
    }

    /**
     * Reads one page with jsoup's streaming parser: each element is examined when it closes and then dropped,
     * so even a very large page (a glossary with long "Used in" lists) never sits in memory as a whole tree.
     */
    private PageFacts read(String relative, Path file, Map<String, String> strings) throws IOException {
        String code = edition(relative);
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        List<PageFacts.Link> links = new ArrayList<>();
        int blocks = 0;
        Set<String> needNotice = new java.util.TreeSet<>();
        Set<String> noticed = new java.util.TreeSet<>();
        boolean bodySeen = false;
        PagePolicy pagePolicy = new PagePolicy(baseUrl);
        try (java.io.Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             StreamParser streamer = new StreamParser(Parser.htmlParser()).parse(reader, "")) {
            for (Element element : (Iterable<Element>) streamer.stream()::iterator) {
                boolean insideDisclaimer = hasAncestor(element, EditionAudit::isDisclaimer);
                boolean inDisclaimer = insideDisclaimer || isDisclaimer(element);
                if (!element.id().isEmpty() && !ids.add(strings.computeIfAbsent(element.id(), x -> x)) && !(inDisclaimer && blocks >= 1)) {
                    // a second disclaimer block repeats the first one's ids: it is reported once, as such, below
                    problems.add("audit: the id '" + element.id() + "' is used twice on this page");
                }
                String name = element.normalName();
                pagePolicy.check(element, problems);
                if (name.equals("a") && element.hasAttr("href")) {
                    boolean allowed = hasAncestor(element, p -> p.normalName().equals("nav") && p.hasClass(SWITCHER_CLASS))
                            || element.hasAttr("hreflang") && hasAncestor(element, p -> p.hasClass(TRANSLATION_NOTICE_CLASS));
                    links.add(new PageFacts.Link(strings.computeIfAbsent(element.attr("href"), x -> x), allowed));
                } else if (name.equals("link") && element.attr("rel").equals("alternate") && element.hasAttr("hreflang")) {
                    links.add(new PageFacts.Link(strings.computeIfAbsent(element.attr("href"), x -> x), true));
                }
                if (code != null && element.hasAttr("data-product")) {
                    boolean counted = checkProductLine(code, element, problems);
                    if (counted && !element.attr("data-status").equals("approved")) {
                        needNotice.add(element.attr("data-product"));
                    }
                }
                if (code != null && element.hasAttr(NOTICE_ATTR)) {
                    checkNotice(code, element, bodySeen, problems);
                    noticed.add(element.attr(NOTICE_ATTR));
                }
                bodySeen |= element.hasAttr(BODY_ATTR);
                boolean disclaimer = name.equals("aside") && element.id().equals(DISCLAIMER_ID);
                if (code != null && disclaimer) {
                    blocks++;
                    DisclaimerVisibility.problem(element).ifPresent(problems::add);
                    if (blocks == 1 && !code.equals(element.attr("data-region"))) {
                        problems.add("audit: disclaimer block is for region '" + element.attr("data-region") + "', not '" + code + "'");
                    }
                }
                if (!insideDisclaimer && element.parent() != null) {
                    element.remove();
                }
            }
        }
        if (code != null) {
            pagePolicy.finish(problems);
        }
        for (String id : needNotice) {
            if (!noticed.contains(id)) {
                problems.add("audit: product '" + id + "' is not approved in this region, but the page has no status notice for it "
                        + "before its body");
            }
        }
        for (String id : noticed) {
            if (!needNotice.contains(id)) {
                problems.add("audit: status notice for product '" + id + "' without a matching line in the disclaimer block");
            }
        }
        if (code != null && blocks == 0) {
            problems.add("audit: page has no regulatory disclaimer block");
        } else if (code != null && blocks > 1) {
            problems.add("audit: page has " + blocks + " regulatory disclaimer blocks");
        }
        return new PageFacts(Set.copyOf(ids), List.copyOf(problems), List.copyOf(links));
    }

    private static boolean hasAncestor(Element element, java.util.function.Predicate<Element> test) {
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (test.test(parent)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDisclaimer(Element element) {
        return element.normalName().equals("aside") && element.id().equals(DISCLAIMER_ID);
    }

    /** Checks a product line; returns whether it is one of the disclaimer's lines (a status notice is then due). */
    private boolean checkProductLine(String code, Element line, List<String> problems) {
        String id = line.attr("data-product");
        String expected = productLines.getOrDefault(code, Map.of()).get(id);
        boolean inBlock = hasAncestor(line, EditionAudit::isDisclaimer);
        if (expected == null || !inBlock) {
            problems.add("audit: product line '" + id + "' is not one of this region's disclaimer lines");
            return false;
        }
        String lineRegion = line.hasAttr("data-region") ? line.attr("data-region") : code;
        if (!lineRegion.equals(code) || !line.text().strip().equals(expected)) {
            problems.add("audit: product line '" + id + "' shows wording that is not for region '" + code + "'");
        }
        return true;
    }

    /** A status notice line: outside the disclaimer, visible, before the body, in the region's wording for its product. */
    private void checkNotice(String code, Element line, boolean afterBody, List<String> problems) {
        String id = line.attr(NOTICE_ATTR);
        String expected = productLines.getOrDefault(code, Map.of()).get(id);
        if (expected == null || hasAncestor(line, EditionAudit::isDisclaimer)) {
            problems.add("audit: status notice for '" + id + "' is not a notice of a product of this site");
            return;
        }
        if (!line.text().strip().equals(expected)) {
            problems.add("audit: status notice for product '" + id + "' shows wording that is not for region '" + code + "'");
        }
        if (afterBody) {
            problems.add("audit: status notice for product '" + id + "' comes after the page's body; it must come before it");
        }
        DisclaimerVisibility.problem(line, "the status notice for '" + id + "'").ifPresent(problems::add);
    }

    private void checkLinks(java.util.function.Predicate<String> fileExists, String path, String edition, PageFacts page,
                            java.util.function.Function<String, PageFacts> pages, java.util.function.Predicate<String> isPage,
                            Diagnostics diagnostics) {
        for (PageFacts.Link link : page.links()) {
            String href = link.href();
            if (href.isEmpty() || Hrefs.isExternal(href)) {
                continue;
            }
            String target = resolve(path, href);
            if (target == null) {
                report(diagnostics, path, "audit: link '" + href + "' leaves the site");
                continue;
            }
            String fragment = fragment(href);
            String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
            boolean sameGroup = java.util.Objects.equals(edition, edition(file));
            if (!sameGroup && isPage.test(file)) {
                if (edition != null && !link.crossEditionAllowed()) {
                    report(diagnostics, path, "audit: link '" + href + "' leads into another edition outside the region switcher");
                }
                continue;
            }
            PageFacts targetPage = sameGroup ? pages.apply(file) : null;
            if (targetPage == null) {
                if (!file.endsWith(".html")) {
                    // feeds, sitemaps, the search index and assets are not pages, but they must exist
                    if (!fileExists.test(file)) {
                        report(diagnostics, path, "audit: link '" + href + "' points to a file that does not exist");
                    }
                    continue;
                }
                report(diagnostics, path, "audit: link '" + href + "' points to a page that is not in this edition");
                continue;
            }
            if (!fragment.isEmpty() && !targetPage.ids().contains(fragment)) {
                report(diagnostics, path, "audit: link '" + href + "' points to a missing anchor '#" + fragment + "'");
            }
        }
    }

    private static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash >= 0 ? href.substring(hash + 1) : "";
    }

    /** The output-relative path {@code href} points to from {@code page}, or null when it leaves the output. */
    static String resolve(String page, String href) {
        int cut = href.indexOf('#');
        int query = href.indexOf('?');
        if (query >= 0 && (cut < 0 || query < cut)) {
            cut = query;
        }
        String path = cut >= 0 ? href.substring(0, cut) : href;
        if (path.isEmpty()) {
            return page;
        }
        String resolved = org.sitegen.model.RelativePaths.resolve(page, path);
        return resolved.startsWith("../") ? null : resolved;
    }
}
