package org.sitegen.render.view;

import java.util.List;

/** {@code feed.ftl}: one edition's Atom feed of its newest articles. */
public record FeedPage(String title, String id, String updated, String self, String home, String lang, List<Entry> entries)
        implements PageView {
    @Override
    public String type() {
        return "feed";
    }

    public record Entry(String title, String id, String updated, String href, String summary) {
    }
}
