package org.sitegen.render.view;

import java.util.List;

/** {@code sitemap.ftl}: one edition's sitemap. {@code lastmod} is empty when unknown. */
public record SitemapPage(List<Url> urls) implements PageView {
    @Override
    public String type() {
        return "sitemap";
    }

    public record Url(String loc, String lastmod) {
    }
}
