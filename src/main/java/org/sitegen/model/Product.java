package org.sitegen.model;

import java.util.Map;
import java.util.Optional;

/** A product whose regulatory status pages must state: {@code content/products/<id>.md}. */
public record Product(String id, String path, String name, Optional<String> summary,
                      Map<String, String> wording, KeyLines lines) implements ContentDocument {
}
