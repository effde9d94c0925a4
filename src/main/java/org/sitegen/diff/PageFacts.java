package org.sitegen.diff;

import java.util.List;

/**
 * What a reader sees on one page, as the release report compares it.
 *
 * @param title          the document title
 * @param mainText       visible text of {@code <main>} without the disclaimer, the region switcher and scripts
 * @param disclaimerText visible text of {@code <aside id="regulatory-disclaimer">} without its product lines
 * @param products       the product lines of the disclaimer, in page order
 * @param reviewed       the last review date shown, or empty
 * @param nextReview     the next review date shown, or empty
 */
public record PageFacts(String title, String mainText, String disclaimerText, List<ProductLine> products, String reviewed, String nextReview) {
}
