package org.sitegen.model;

/**
 * The site's own settings: {@code content/site.md}, front matter only.
 *
 * @param title    the site's name, shown in every page's header and title
 * @param language the language the content is written in (BCP 47)
 * @param owner    the publishing organisation (footer, JSON-LD publisher), or empty
 * @param tagline  a short line under the site's name, or empty
 * @param reviewInterval   months from one medical review of a page to the next, unless the page sets its own
 * @param forbiddenPhrases phrases no page of any edition may contain
 * @param topics   display names of topics by topic slug (tags and FAQ topics), for those whose written form is not
 *                 the name readers should see
 * @param lines    the file line of each key
 */
public record SiteSettings(String path, String title, String language, String owner, String tagline,
                           java.util.Optional<Integer> reviewInterval, java.util.List<String> forbiddenPhrases,
                           java.util.Map<String, String> topics, KeyLines lines)
        implements ContentDocument {
    /** Settings with nothing but the required ones (tests, and a site whose site.md is missing). */
    public SiteSettings(String path, String title, String language, String owner, String tagline) {
        this(path, title, language, owner, tagline, java.util.Optional.empty(), java.util.List.of(), java.util.Map.of(), KeyLines.NONE);
    }
}
