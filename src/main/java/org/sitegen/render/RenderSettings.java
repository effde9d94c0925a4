package org.sitegen.render;

import org.sitegen.model.SiteSettings;

/**
 * What rendering needs besides the content: the site's settings and where it will be published.
 *
 * @param baseUrl absolute URL of the output root for sitemaps, feeds and canonical links, or empty for relative URLs
 */
public record RenderSettings(SiteSettings site, String baseUrl) {
    public String title() {
        return site.title();
    }

    /** {@code outputPath} made absolute with the base URL, or returned as is without one. */
    public String absolute(String outputPath) {
        if (baseUrl.isEmpty()) {
            return outputPath;
        }
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + outputPath;
    }
}
