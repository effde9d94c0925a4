package org.sitegen.load;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The regulatory status of a product in a region. */
public enum ProductStatus {
    APPROVED("approved"),
    INVESTIGATIONAL("investigational"),
    NOT_AVAILABLE("not-available");

    private final String word;

    ProductStatus(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Whether a page discussing a product with this status may be shown under the {@code omit} policy. */
    public boolean showable() {
        return this != NOT_AVAILABLE;
    }

    public static Optional<ProductStatus> of(String word) {
        return Arrays.stream(values()).filter(s -> s.word.equals(word)).findFirst();
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(ProductStatus::word).toList();
    }
}
