package org.sitegen.model;

import java.util.Map;
import org.sitegen.load.ProductStatus;

/**
 * A region, published as its own edition: {@code content/regions/<code>.md}.
 *
 * @param nativeName the region's name in its own language (the chooser shows it); {@code name} when not given
 * @param products   status per product id; an unlisted product is not available
 * @param policy     what happens to a page that discusses a product not available here
 * @param wording    per product, per status, sentences that override the product's own
 * @param disclaimerHtml the regulatory disclaimer (the file's body)
 */
public record Region(String code, String path, String name, String nativeName, String lang, boolean isDefault,
                     Map<String, ProductStatus> products, UnavailablePolicy policy,
                     Map<String, Map<String, String>> wording, String disclaimerHtml, KeyLines lines)
        implements ContentDocument {

    public ProductStatus statusOf(String productId) {
        return products.getOrDefault(productId, ProductStatus.NOT_AVAILABLE);
    }

    /** Named behaviours for pages about a product a region does not have. */
    public enum UnavailablePolicy {
        /** The page is left out of the edition. */
        OMIT,
        /** The page is published with a prominent notice. */
        NOTICE
    }
}
