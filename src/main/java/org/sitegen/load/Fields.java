package org.sitegen.load;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validated front matter: values already converted to their schema type, with the line of each key.
 * Values are String, LocalDate, Boolean, List&lt;String&gt; or Map (for the map types).
 */
public record Fields(Map<String, Object> values, Map<String, Integer> lines, int firstLine) {

    public Optional<String> text(String key) {
        return Optional.ofNullable((String) values.get(key));
    }

    public String textOr(String key, String fallback) {
        return text(key).orElse(fallback);
    }

    public Optional<LocalDate> date(String key) {
        return Optional.ofNullable((LocalDate) values.get(key));
    }

    public boolean flag(String key, boolean fallback) {
        Object value = values.get(key);
        return value == null ? fallback : (Boolean) value;
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        Object value = values.get(key);
        return value == null ? List.of() : (List<String>) value;
    }

    @SuppressWarnings("unchecked")
    public <T> Map<String, T> map(String key) {
        Object value = values.get(key);
        return value == null ? Map.of() : (Map<String, T>) value;
    }

    /** The line of {@code key}, or the first line of the front matter when the key is absent. */
    public int line(String key) {
        return lines.getOrDefault(key, firstLine);
    }
}
