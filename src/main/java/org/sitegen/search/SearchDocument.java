package org.sitegen.search;

/**
 * One entry of an edition's search index.
 *
 * @param url     link relative to the search page
 * @param title   title, question or term
 * @param kind    article, faq or glossary
 * @param summary what results show under the title
 * @param words   further searchable words: aliases, headings, glossary terms, body keywords
 */
public record SearchDocument(String url, String title, String kind, String summary, String words) {
}
