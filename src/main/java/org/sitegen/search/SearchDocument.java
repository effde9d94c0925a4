package org.sitegen.search;

/**
 * One page of an edition as the search index sees it: only the text that edition publishes.
 *
 * @param url      link relative to the search page
 * @param title    title, question or term
 * @param kind     {@code article}, {@code faq}, {@code glossary} or {@code page}: the result's type label
 * @param summary  what a result shows when its text holds no query word
 * @param keywords words that stand for the page: tags, headings, the names, aliases and abbreviations of the
 *                 glossary terms it uses (weighted above body words)
 * @param bodyHtml the page's final body HTML in this edition: its text ({@link HtmlText}) is indexed word for word
 *                 and snippets are cut from it; taken only when the document is indexed, so that an edition's
 *                 texts are never all in memory at once
 */
public record SearchDocument(String url, String title, String kind, String summary, String keywords, String bodyHtml) {
}
