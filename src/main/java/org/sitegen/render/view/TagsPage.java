package org.sitegen.render.view;

import java.util.List;

/** {@code tags.ftl}: every topic of the edition. */
public record TagsPage(Layout layout, List<TagCount> tags) implements HtmlPage {
    @Override
    public String type() {
        return "tags";
    }

    public record TagCount(String name, String href, int count) {
    }
}
