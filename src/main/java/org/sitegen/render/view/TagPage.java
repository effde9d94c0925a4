package org.sitegen.render.view;

import java.util.List;

/**
 * {@code tag.ftl}: one topic: its articles and its FAQ questions; {@code nameLang} is the name's language when it is
 * not the edition's, else empty.
 */
public record TagPage(Layout layout, String name, String nameLang, List<LinkView> articles, List<LinkView> questions) implements HtmlPage {
    @Override
    public String type() {
        return "tag";
    }
}
