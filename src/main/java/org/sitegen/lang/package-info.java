/**
 * Languages: the interface strings of each edition ({@code templates/messages/<lang>.properties}), dates and numbers
 * for a language, and the text direction it is written in.
 */
package org.sitegen.lang;
