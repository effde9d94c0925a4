package org.sitegen.render.view;

import java.util.List;

/** {@code tag.ftl}: one topic: its articles and its FAQ questions. */
public record TagPage(Layout layout, String name, List<LinkView> articles, List<LinkView> questions) implements HtmlPage {
    @Override
    public String type() {
        return "tag";
    }
}
