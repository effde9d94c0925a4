package org.sitegen.render.view;

/**
 * The typed model of one output file, read by its Freemarker template. Each record names its template type
 * (the JBake document type that {@code jbake.properties} maps to a template file).
 */
public sealed interface PageView permits HtmlPage,
        ChooserPage, SitemapPage, SitemapIndexPage, FeedPage {
    /** The JBake document type, e.g. {@code article}; {@code jbake.properties} maps it to {@code article.ftl}. */
    String type();
}
