package org.sitegen.load;

import java.util.Map;
import java.util.Optional;
import org.sitegen.model.FrontMatterKey;
import org.sitegen.model.KeyLines;

/**
 * Validated front matter: values already converted to their schema type, read through typed keys, with the line
 * of each key. It lives only while {@link ContentReader} builds a file's record.
 */
public record Fields(Map<String, Object> values, KeyLines lines) {

    /** The value of {@code key}; the validator stored it with the type the schema gives the key. */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(FrontMatterKey<T> key) {
        return Optional.ofNullable((T) values.get(key.name()));
    }

    public <T> T getOr(FrontMatterKey<T> key, T fallback) {
        return get(key).orElse(fallback);
    }
}
