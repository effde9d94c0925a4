package org.sitegen.render.view;

/**
 * A link to another page of the edition as lists show it. {@code kind} is {@code article}, {@code faq} or {@code glossary};
 * {@code lang} is the language of its title when that is not the edition's, else empty.
 */
public record LinkView(String title, String href, String kind, String summary, String lang) {
}
