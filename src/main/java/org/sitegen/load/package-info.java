/** Stage 1a, load: front matter parsed with line numbers and checked against one schema. */
package org.sitegen.load;
