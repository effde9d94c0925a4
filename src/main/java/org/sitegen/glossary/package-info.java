/** Stage 3b, glossary: terms matched in one pass over each page's text and linked to their entries. */
package org.sitegen.glossary;
