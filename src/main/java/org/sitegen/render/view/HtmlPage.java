package org.sitegen.render.view;

/** A page readers see, drawn inside the edition's frame. */
public sealed interface HtmlPage extends PageView permits ArticlePage, HomePage, FaqPage, GlossaryPage, TagsPage, TagPage, PlainPage,
        StaticPage {
    Layout layout();
}
