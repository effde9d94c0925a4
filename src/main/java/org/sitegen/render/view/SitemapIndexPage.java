package org.sitegen.render.view;

import java.util.List;

/** {@code sitemap-index.ftl}: the sitemaps of every edition. */
public record SitemapIndexPage(List<String> sitemaps) implements PageView {
    @Override
    public String type() {
        return "sitemap-index";
    }
}
