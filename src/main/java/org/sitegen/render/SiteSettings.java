package org.sitegen.render;

/**
 * Build settings that reach the templates.
 *
 * @param title      the site's name
 * @param baseUrl    absolute URL of the output root for sitemaps and feeds, or empty for relative URLs
 * @param liveReload whether pages poll the preview server for changes (serve only)
 */
public record SiteSettings(String title, String baseUrl, boolean liveReload) {
    public String absolute(String outputPath) {
        if (baseUrl.isEmpty()) {
            return outputPath;
        }
        return (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + outputPath;
    }
}
