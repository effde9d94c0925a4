/**
 * Claims checks per edition: {@code forbidden_phrases} (site-wide and per region) and {@code investigational_phrases}
 * (per region, on pages about a product investigational there) matched on the visible text each edition publishes,
 * case-insensitively, whole words, under the edition's language; {@code allow_phrases} exempts a page.
 */
package org.sitegen.claims;
