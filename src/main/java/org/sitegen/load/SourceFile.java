package org.sitegen.load;

import java.util.Optional;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.model.ContentDocument;

/**
 * One content file after loading.
 *
 * @param relative    its path inside the content folder, '/'-separated
 * @param sha256      the SHA-256 of its bytes (hex): what caches key on
 * @param record      the typed record, empty when the file has errors
 * @param diagnostics the file's own problems
 */
public record SourceFile(String relative, String sha256, Optional<ContentDocument> record, Diagnostics diagnostics) {
}
