/** Stage 5b, search: the per-edition index that the search page loads into Lunr in the browser. */
package org.sitegen.search;
