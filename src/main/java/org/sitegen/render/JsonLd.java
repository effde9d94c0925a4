package org.sitegen.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Structured data for search engines, serialized so that it is safe inside {@code <script type="application/ld+json">}. */
final class JsonLd {
    private final ObjectMapper json = new ObjectMapper();

    String write(Object value) {
        try {
            // "<" could end the script element early or open a comment; "\u003c" is the same JSON string
            return json.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize structured data", e);
        }
    }
}
