package org.sitegen.render.view;

import java.util.List;

/** {@code tags.ftl}: every topic of the edition. */
public record TagsPage(Layout layout, List<TagCount> tags) implements HtmlPage {
    @Override
    public String type() {
        return "tags";
    }

    /**
     * {@code count} is written with the edition's digits and grouping; {@code lang} is the name's language when it is
     * not the edition's, else empty.
     */
    public record TagCount(String name, String href, String count, String lang) {
    }
}
