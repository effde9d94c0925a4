package org.sitegen.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serializes an edition's search documents as the compact JSON array that {@code js/search.js} feeds to Lunr
 * (keys: u url, t title, y kind, s summary, w words).
 */
public final class SearchIndexWriter {
    private final ObjectMapper json = new ObjectMapper();

    public String write(List<SearchDocument> documents) {
        List<Map<String, String>> rows = documents.stream().map(d -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("u", d.url());
            row.put("t", d.title());
            row.put("y", d.kind());
            row.put("s", d.summary());
            row.put("w", d.words());
            return row;
        }).toList();
        try {
            return json.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the search index", e);
        }
    }
}
