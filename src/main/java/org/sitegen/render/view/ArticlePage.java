package org.sitegen.render.view;

import java.util.List;

/**
 * {@code article.ftl}: one article. Dates come as ISO text and as display text; {@code nextReview} is the next medical
 * review date ({@code reviewed} or {@code date} plus the review interval), empty without an interval.
 */
public record ArticlePage(Layout layout, String slug, String title, String summary, String date, String dateDisplay,
                          String reviewed, String reviewedDisplay, String reviewer, String nextReview, String nextReviewDisplay,
                          String audience, List<TagLink> tags,
                          String bodyHtml, List<TocEntry> toc, List<LinkView> related, List<LinkView> backlinks)
        implements HtmlPage {
    @Override
    public String type() {
        return "article";
    }

    /** A tag of the article, linking to its topic page; {@code lang} is the name's language when not the edition's. */
    public record TagLink(String name, String href, String lang) {
    }

    /** One heading in the table of contents. */
    public record TocEntry(String id, String title, int level) {
    }
}
