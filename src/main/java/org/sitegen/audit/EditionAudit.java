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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.render.ProductLines;

/**
 * Reads the written editions back and fails the build when a page would mislead a reader about regulation:
 * a page without its region's disclaimer block or with more than one, a product line that is not this
 * region's, a link to a page absent from the edition, or a link into another edition other than through
 * the region switcher and {@code hreflang} alternates.
 */
public final class EditionAudit {
    public static final String SWITCHER = "nav.region-switcher";

    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, Product> products = new HashMap<>();

    public EditionAudit(List<Region> regions, List<Product> products) {
        regions.forEach(r -> this.regions.put(r.code(), r));
        products.forEach(p -> this.products.put(p.id(), p));
    }

    /** Audits every edition found under {@code root}. */
    public void audit(Path root, Diagnostics diagnostics) {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(root)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(root.toString(), 0, "cannot read the output for the audit: " + e.getMessage());
            return;
        }
        Map<String, Set<String>> ids = new HashMap<>();
        List<PageLinks> links = new ArrayList<>();
        for (Path file : pages) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            Document document;
            try {
                document = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                diagnostics.error(relative, 0, "cannot read page for the audit: " + e.getMessage());
                continue;
            }
            Set<String> pageIds = new HashSet<>();
            document.select("[id]").forEach(e -> pageIds.add(e.id()));
            ids.put(relative, pageIds);
            int slash = relative.indexOf('/');
            String code = slash > 0 ? relative.substring(0, slash) : null;
            if (code != null && regions.containsKey(code)) {
                checkDisclaimer(relative, code, document, diagnostics);
            }
            List<LinkRef> refs = new ArrayList<>();
            Element switcher = document.selectFirst(SWITCHER);
            for (Element a : document.select("a[href], link[rel=alternate][hreflang]")) {
                boolean crossEditionAllowed = a.normalName().equals("link") || (switcher != null && a.parents().contains(switcher));
                refs.add(new LinkRef(a.attr("href"), crossEditionAllowed));
            }
            links.add(new PageLinks(relative, code != null && regions.containsKey(code) ? code : null, refs));
        }
        for (PageLinks page : links) {
            checkLinks(page, ids, diagnostics);
        }
    }

    private record PageLinks(String path, String edition, List<LinkRef> links) {
    }

    private record LinkRef(String href, boolean crossEditionAllowed) {
    }

    private void checkDisclaimer(String path, String code, Document document, Diagnostics diagnostics) {
        List<Element> blocks = document.select("aside#regulatory-disclaimer");
        String where = "output/" + path;
        if (blocks.isEmpty()) {
            diagnostics.error(where, 0, "audit: page has no regulatory disclaimer block");
            return;
        }
        if (blocks.size() > 1) {
            diagnostics.error(where, 0, "audit: page has " + blocks.size() + " regulatory disclaimer blocks");
        }
        Element block = blocks.get(0);
        if (!code.equals(block.attr("data-region"))) {
            diagnostics.error(where, 0, "audit: disclaimer block is for region '" + block.attr("data-region") + "', not '" + code + "'");
        }
        Region region = regions.get(code);
        for (Element line : document.select("[data-product]")) {
            String id = line.attr("data-product");
            Product product = products.get(id);
            boolean inBlock = blocks.stream().anyMatch(b -> line.parents().contains(b));
            if (product == null || !inBlock) {
                diagnostics.error(where, 0, "audit: product line '" + id + "' is not one of this region's disclaimer lines");
                continue;
            }
            String lineRegion = line.hasAttr("data-region") ? line.attr("data-region") : code;
            if (!lineRegion.equals(code) || !line.text().strip().equals(ProductLines.text(product, region))) {
                diagnostics.error(where, 0, "audit: product line '" + id + "' shows wording that is not for region '" + code + "'");
            }
        }
    }

    private void checkLinks(PageLinks page, Map<String, Set<String>> ids, Diagnostics diagnostics) {
        String where = "output/" + page.path();
        for (LinkRef link : page.links()) {
            String href = link.href();
            if (href.isEmpty() || href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith("//")) {
                continue;
            }
            String target = resolve(page.path(), href);
            if (target == null) {
                diagnostics.error(where, 0, "audit: link '" + href + "' leaves the site");
                continue;
            }
            String fragment = fragment(href);
            String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
            if (!ids.containsKey(file)) {
                if (!file.endsWith(".html")) {
                    continue; // feeds, sitemaps and assets are not pages
                }
                diagnostics.error(where, 0, "audit: link '" + href + "' points to a page that is not in this edition");
                continue;
            }
            if (!fragment.isEmpty() && !ids.get(file).contains(fragment)) {
                diagnostics.error(where, 0, "audit: link '" + href + "' points to a missing anchor '#" + fragment + "'");
            }
            if (page.edition() != null && !file.startsWith(page.edition() + "/")) {
                if (!link.crossEditionAllowed()) {
                    diagnostics.error(where, 0, "audit: link '" + href + "' leads into another edition outside the region switcher");
                }
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
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>(List.of(page.split("/")));
        parts.removeLast();
        String[] segments = path.split("/", -1);
        boolean directory = false;
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
                directory = i == segments.length - 1;
            } else if (segment.equals(".") || segment.isEmpty()) {
                directory = i == segments.length - 1;
            } else {
                parts.addLast(segment);
                directory = false;
            }
        }
        String joined = String.join("/", parts);
        return directory && !joined.isEmpty() ? joined + "/" : joined;
    }
}
