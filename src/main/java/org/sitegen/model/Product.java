package org.sitegen.model;

import java.util.Map;
import java.util.Optional;
import org.sitegen.load.Fields;

/** A product whose regulatory status pages must state: {@code content/products/<id>.md}. */
public record Product(String id, String path, String name, Optional<String> summary,
                      Map<String, String> wording, Fields fields) implements ContentDocument {
}
