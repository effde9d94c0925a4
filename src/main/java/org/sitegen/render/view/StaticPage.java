package org.sitegen.render.view;

/** {@code static-page.ftl}: a page about the site (About, Editorial policy, Contact, Privacy…). */
public record StaticPage(Layout layout, String slug, String title, String summary, String bodyHtml) implements HtmlPage {
    @Override
    public String type() {
        return "static-page";
    }
}
