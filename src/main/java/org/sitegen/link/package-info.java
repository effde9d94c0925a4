/** Stage 3a, link: links as written resolved and checked, related content and backlinks. */
package org.sitegen.link;
