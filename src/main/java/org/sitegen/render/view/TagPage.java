package org.sitegen.render.view;

import java.util.List;

/** {@code tag.ftl}: the articles of one topic. */
public record TagPage(Layout layout, String name, List<LinkView> articles) implements HtmlPage {
    @Override
    public String type() {
        return "tag";
    }
}
