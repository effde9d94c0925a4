package org.sitegen.claims;

import java.util.List;

/**
 * One list of phrases and where it is written, with the words of the message that names it.
 *
 * @param phrases the phrases as listed
 * @param where   e.g. {@code every edition's pages} or {@code the eu edition's pages}
 * @param origin  {@code path:line} of the list, e.g. {@code content/regions/eu.md:9}
 * @param key     {@code forbidden_phrases} or {@code investigational_phrases}
 */
record ListedPhrases(List<String> phrases, String where, String origin, String key) {
}
