package org.sitegen.render.view;

/** A page that needs nothing but the frame: {@code search.ftl} and {@code 404.ftl}. */
public record PlainPage(Layout layout, String type) implements HtmlPage {
}
