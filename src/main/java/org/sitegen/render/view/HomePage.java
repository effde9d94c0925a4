package org.sitegen.render.view;

import java.util.List;

/**
 * {@code home.ftl}: the edition's front page. {@code featured} is the "Start here" section (articles with
 * {@code featured:} in their order); then each topic with the articles whose first tag it is (featured ones
 * excluded, so that no article shows twice) and its FAQ questions.
 */
public record HomePage(Layout layout, List<LinkView> featured, List<TopicGroup> groups, int faqCount) implements HtmlPage {
    @Override
    public String type() {
        return "home";
    }

    /**
     * One topic; {@code href} is empty for the group of untagged articles. {@code total} counts every page of the
     * topic (its page lists them all). {@code lang} is the name's language when it is not the edition's, else empty.
     */
    public record TopicGroup(String name, String href, String id, int total, List<LinkView> articles, List<LinkView> questions,
                             String lang) {
    }
}
