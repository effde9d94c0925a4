package org.sitegen.model;

/**
 * The site's own settings: {@code content/site.md}, front matter only.
 *
 * @param title    the site's name, shown in every page's header and title
 * @param language the language the content is written in (BCP 47)
 * @param owner    the publishing organisation (footer, JSON-LD publisher), or empty
 * @param tagline  a short line under the site's name, or empty
 * @param topics   display names of topics by topic slug (tags and FAQ topics), for those whose written form is not
 *                 the name readers should see
 */
public record SiteSettings(String path, String title, String language, String owner, String tagline,
                           java.util.Map<String, String> topics) implements ContentDocument {
}
