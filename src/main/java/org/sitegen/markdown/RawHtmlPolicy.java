package org.sitegen.markdown;

/**
 * @deprecated replaced by {@code org.sitegen.sanitize.HtmlAllowlist}; kept, empty, only so that {@code SiteBuilder}
 * compiles until it calls {@code new MarkdownConverter(HtmlAllowlist.article())}. Delete it then.
 */
@Deprecated
public record RawHtmlPolicy() {
    /** @deprecated use {@code HtmlAllowlist.article()} */
    @Deprecated
    public static RawHtmlPolicy standard() {
        return new RawHtmlPolicy();
    }
}
