/**
 * Stage 5b, search: each edition's sharded inverted index (stems from Lucene's Snowball stemmers, surface words for
 * prefix and typo matching in the browser, per-page fragments for snippets), searched by {@code js/search.js}.
 */
package org.sitegen.search;
