package org.sitegen.render;

import java.util.Map;
import org.sitegen.load.ProductStatus;
import org.sitegen.model.Product;
import org.sitegen.model.Region;

/** The sentence a page shows for a product in a region: the region's wording, else the product's, else a default. */
public final class ProductLines {
    private ProductLines() {
    }

    public static String text(Product product, Region region) {
        ProductStatus status = region.statusOf(product.id());
        String override = region.wording().getOrDefault(product.id(), Map.of()).get(status.word());
        if (override != null) {
            return override;
        }
        String own = product.wording().get(status.word());
        if (own != null) {
            return own;
        }
        return switch (status) {
            case APPROVED -> product.name() + " is approved for use in " + region.name() + ".";
            case INVESTIGATIONAL -> product.name() + " is investigational in " + region.name() + " and is not available for sale.";
            case NOT_AVAILABLE -> product.name() + " is not available in " + region.name() + ".";
        };
    }
}
