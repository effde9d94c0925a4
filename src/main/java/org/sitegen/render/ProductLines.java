package org.sitegen.render;

import java.util.Map;
import org.sitegen.load.ProductStatus;
import org.sitegen.lang.Messages;
import org.sitegen.model.Product;
import org.sitegen.model.Region;

/** The sentence a page shows for a product in a region: the region's wording, else the product's, else a default. */
public final class ProductLines {
    private ProductLines() {
    }

    /** @param messages the edition's interface strings, for the default sentence */
    public static String text(Product product, Region region, Messages messages) {
        ProductStatus status = region.statusOf(product.id());
        String override = region.wording().getOrDefault(product.id(), Map.of()).get(status.word());
        if (override != null) {
            return override;
        }
        String own = product.wording().get(status.word());
        if (own != null) {
            return own;
        }
        Map<String, String> values = Map.of("product", product.name(), "region", region.name());
        return switch (status) {
            case APPROVED -> messages.format("product.approved", values);
            case INVESTIGATIONAL -> messages.format("product.investigational", values);
            case NOT_AVAILABLE -> messages.format("product.not_available", values);
        };
    }
}
