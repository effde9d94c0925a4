package org.sitegen.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Structured data for search engines, serialized so that it is safe inside {@code <script type="application/ld+json">}. */
final class JsonLd {
    private final ObjectMapper json = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);

    String write(Object value) {
        try {
            // "</" would end the script element early; "<\/" is the same JSON string
            return json.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize structured data", e);
        }
    }
}
