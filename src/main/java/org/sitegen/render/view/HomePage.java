package org.sitegen.render.view;

import java.util.List;

/** {@code home.ftl}: the edition's front page, articles grouped by topic. */
public record HomePage(Layout layout, List<TopicGroup> groups, int faqCount) implements HtmlPage {
    @Override
    public String type() {
        return "home";
    }

    /** One topic with its first articles; {@code href} is empty for untagged articles. */
    public record TopicGroup(String name, String href, int total, List<LinkView> articles) {
    }
}
