package org.sitegen.render.view;

import java.util.List;

/** {@code faq.ftl}: every FAQ entry of the edition, grouped by topic. */
public record FaqPage(Layout layout, List<Topic> topics) implements HtmlPage {
    @Override
    public String type() {
        return "faq";
    }

    /**
     * A topic; {@code href} leads to its topic page, or is empty when it has none; {@code lang} is the name's language
     * when the edition has no name for the topic in its own.
     */
    public record Topic(String name, String id, String href, List<Entry> entries, String lang) {
    }

    /**
     * One question; {@code unavailable} names products the answer discusses that the region does not have; {@code lang}
     * is the language of the question and answer when it is not the edition's; a translation notice, when there is
     * one, is the text with an optional link to the source-language version.
     */
    public record Entry(String slug, String question, String answerHtml, List<LinkView> related, List<String> unavailable,
                       String lang, String translationNotice, String sourceHref, String sourceLang, String sourceLinkText) {
    }
}
