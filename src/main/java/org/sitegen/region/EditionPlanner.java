package org.sitegen.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.Suggestions;
import org.sitegen.load.ProductStatus;
import org.sitegen.markdown.MarkdownResult;
import org.sitegen.model.FrontMatterKey;
import org.sitegen.model.Keys;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;

/**
 * Checks regions, products and every page's region rules, then decides which pages each edition publishes.
 */
public final class EditionPlanner {
    private final boolean includeDrafts;

    public EditionPlanner(boolean includeDrafts) {
        this.includeDrafts = includeDrafts;
    }

    public List<Edition> plan(SiteContent content, Diagnostics diagnostics) {
        return plan(content, diagnostics, (region, id) -> false);
    }

    /**
     * @param omitted pages a region leaves out for another reason than its rules and products (an untranslated page
     *                under {@code untranslated: omit})
     */
    public List<Edition> plan(SiteContent content, Diagnostics diagnostics, java.util.function.BiPredicate<Region, PageId> omitted) {
        Map<String, Region> regions = new TreeMap<>();
        content.regions().forEach(r -> regions.put(r.code(), r));
        Set<String> productIds = new HashSet<>();
        content.products().forEach(p -> productIds.add(p.id()));
        checkRegions(content, regions, productIds, diagnostics);

        checkTags(content.articles(), diagnostics);
        List<Page> pages = content.allPages();
        for (Page page : pages) {
            checkPage(page, regions, productIds, diagnostics);
        }

        List<Edition> editions = new ArrayList<>();
        Map<PageId, Integer> editionCount = new LinkedHashMap<>();
        for (Region region : regions.values()) {
            Set<PageId> published = new java.util.LinkedHashSet<>();
            Map<PageId, List<String>> notices = new LinkedHashMap<>();
            for (Page page : pages) {
                if (page.draft() && !includeDrafts) {
                    continue;
                }
                if (!allowed(page, region) || omitted.test(region, page.id())) {
                    continue;
                }
                List<String> missing = page.rules().products().stream()
                        .filter(id -> !region.statusOf(id).showable()).toList();
                if (!missing.isEmpty() && region.policy() == Region.UnavailablePolicy.OMIT) {
                    continue;
                }
                published.add(page.id());
                editionCount.merge(page.id(), 1, Integer::sum);
                if (!missing.isEmpty()) {
                    notices.put(page.id(), missing);
                }
            }
            editions.add(new Edition(region, Set.copyOf(published), Map.copyOf(notices)));
        }
        if (!regions.isEmpty()) {
            for (Page page : pages) {
                if (!page.draft() && !editionCount.containsKey(page.id())) {
                    diagnostics.warning(page.path(), 1, "this page is in no edition: its regions, exclude_regions and products leave it out everywhere");
                }
            }
        }
        return editions;
    }

    /** Two different tags must not end up on the same tag page. */
    private static void checkTags(List<org.sitegen.model.Article> articles, Diagnostics diagnostics) {
        Map<String, String> tagBySlug = new TreeMap<>();
        for (org.sitegen.model.Article article : articles) {
            for (String tag : article.tags()) {
                String slug = org.sitegen.render.Urls.tagSlug(tag);
                String first = tagBySlug.putIfAbsent(slug, tag);
                if (first != null && !first.equals(tag)) {
                    diagnostics.error(article.path(), article.lines().of(Keys.TAGS), "tags '" + first + "' and '" + tag
                            + "' would share the page tags/" + slug + "/: use one spelling");
                }
            }
        }
    }

    private static boolean allowed(Page page, Region region) {
        boolean listed = page.rules().regions().map(allow -> allow.contains(region.code())).orElse(true);
        return listed && !page.rules().excludeRegions().contains(region.code());
    }

    private static void checkRegions(SiteContent content, Map<String, Region> regions, Set<String> productIds, Diagnostics diagnostics) {
        // a region file that failed to load is already reported: do not also claim it is missing
        if (regions.isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error("content/regions", 0, "no regions: add at least one content/regions/<code>.md with 'default: true'");
            }
            return;
        }
        List<Region> defaults = regions.values().stream().filter(Region::isDefault).toList();
        if (defaults.isEmpty() && !diagnostics.hasErrors()) {
            for (Region r : regions.values()) {
                diagnostics.error(r.path(), 1, "no default region: set 'default: true' in exactly one region");
                break;
            }
        } else if (defaults.size() > 1) {
            for (Region r : defaults) {
                diagnostics.error(r.path(), r.lines().of(Keys.DEFAULT), "more than one default region ("
                        + String.join(", ", defaults.stream().map(Region::code).toList()) + "): keep 'default: true' in exactly one");
            }
        }
        Map<String, String> codeByLang = new TreeMap<>();
        for (Region region : regions.values()) {
            String lang = region.lang();
            if (!java.util.Locale.forLanguageTag(lang).toLanguageTag().equalsIgnoreCase(lang)) {
                diagnostics.error(region.path(), region.lines().of(Keys.LANG), "'lang' must be a BCP 47 language tag such as en, en-GB or tr-TR, not '"
                        + lang + "'");
            }
            String other = codeByLang.putIfAbsent(lang.toLowerCase(java.util.Locale.ROOT), region.code());
            if (other != null) {
                diagnostics.warning(region.path(), region.lines().of(Keys.LANG), "regions '" + other + "' and '" + region.code()
                        + "' share the language '" + lang + "': search engines cannot tell their editions apart");
            }
            for (String id : region.products().keySet()) {
                if (!productIds.contains(id)) {
                    diagnostics.error(region.path(), region.lines().of(Keys.PRODUCT_STATUSES), "unknown product id '" + id + "'" + Suggestions.hint(id, productIds));
                }
            }
            for (String id : region.wording().keySet()) {
                if (!productIds.contains(id)) {
                    diagnostics.error(region.path(), region.lines().of(Keys.REGION_WORDING), "unknown product id '" + id + "'" + Suggestions.hint(id, productIds));
                }
            }
        }
        for (Product product : content.products()) {
            for (String status : product.wording().keySet()) {
                if (ProductStatus.of(status).isEmpty()) {
                    diagnostics.error(product.path(), product.lines().of(Keys.PRODUCT_WORDING), "unknown product status '" + status + "'");
                }
            }
        }
    }

    private static void checkPage(Page page, Map<String, Region> regions, Set<String> productIds, Diagnostics diagnostics) {
        Map<FrontMatterKey<List<String>>, List<String>> lists = Map.of(
                Keys.REGIONS, page.rules().regions().orElse(List.of()), Keys.EXCLUDE_REGIONS, page.rules().excludeRegions());
        for (FrontMatterKey<List<String>> key : List.of(Keys.REGIONS, Keys.EXCLUDE_REGIONS)) {
            for (String code : lists.get(key)) {
                if (!regions.containsKey(code)) {
                    diagnostics.error(page.path(), page.lines().of(key), "unknown region '" + code + "'" + Suggestions.hint(code, regions.keySet()));
                }
            }
        }
        if (page.rules().regions().map(List::isEmpty).orElse(false)) {
            diagnostics.error(page.path(), page.lines().of(Keys.REGIONS), "'regions' is empty, so the page would be published nowhere: "
                    + "list the regions it is for, or set 'draft: true' to keep it unpublished");
        } else if (!regions.isEmpty() && lists.values().stream().flatMap(List::stream).allMatch(regions::containsKey)
                && regions.values().stream().noneMatch(r -> allowed(page, r))) {
            diagnostics.error(page.path(), page.lines().of(page.rules().regions().isPresent() ? Keys.REGIONS : Keys.EXCLUDE_REGIONS),
                    "'regions' and 'exclude_regions' leave no edition, so the page would be published nowhere: "
                    + "fix the lists, or set 'draft: true' to keep it unpublished");
        }
        for (String id : page.rules().products()) {
            if (!productIds.contains(id)) {
                diagnostics.error(page.path(), page.lines().of(Keys.PRODUCTS), "unknown product id '" + id + "'" + Suggestions.hint(id, productIds));
            }
        }
        for (MarkdownResult.RegionBlockUse block : page.body().regionBlocks()) {
            if (!block.closed()) {
                diagnostics.error(page.path(), block.line(), "'::: region' block is not closed: add a line with only ':::' after it");
            }
            if (block.regions().isEmpty()) {
                diagnostics.error(page.path(), block.line(), "'::: region' block names no region: write e.g. '::: region eu tr'");
            }
            for (String code : block.regions()) {
                if (!regions.containsKey(code)) {
                    diagnostics.error(page.path(), block.line(), "unknown region '" + code + "' in '::: region' block" + Suggestions.hint(code, regions.keySet()));
                }
            }
        }
    }
}
