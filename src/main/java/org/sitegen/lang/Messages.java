package org.sitegen.lang;

import java.util.Map;
import java.util.TreeMap;

/**
 * The interface strings of one edition: its language's message file with the region's own overrides.
 *
 * @param file    the message file they come from, as shown to editors
 * @param strings message key to text; a text may hold named placeholders such as {@code {region}}
 */
public record Messages(String file, Map<String, String> strings) {
    public Messages {
        strings = java.util.Collections.unmodifiableMap(new TreeMap<>(strings));
    }

    /** The text of {@code key}. */
    public String get(String key) {
        String text = strings.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no interface string '" + key + "' in " + file);
        }
        return text;
    }

    /** The text of {@code key} with each {@code {name}} replaced by its value. */
    public String format(String key, Map<String, String> values) {
        String text = get(key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    /** Shorthand for one placeholder. */
    public String format(String key, String name, String value) {
        return format(key, Map.of(name, value));
    }
}
