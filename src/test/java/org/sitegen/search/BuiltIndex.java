package org.sitegen.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One edition's written search index, read back from its files. */
final class BuiltIndex {
    private final ObjectMapper json = new ObjectMapper();
    final Path folder;
    final JsonNode manifest;
    /** surface word → stem, over every vocabulary shard. */
    final Map<String, String> vocabulary = new TreeMap<>();

    BuiltIndex(Path folder) {
        this.folder = folder;
        this.manifest = read("manifest.json");
        for (int n = 0; n < manifest.get("vocabulary").size(); n++) {
            JsonNode shard = read("v/" + n + ".json");
            for (int k = 0; k < shard.get("t").size(); k++) {
                String word = shard.get("t").get(k).asText();
                JsonNode stem = shard.get("s").get(k);
                vocabulary.put(word, stem.isInt() ? word.substring(0, stem.asInt()) : stem.asText());
            }
        }
    }

    JsonNode read(String file) {
        try {
            return json.readTree(Files.readString(folder.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URLs of the documents whose postings hold {@code stem}. */
    List<String> urls(String stem) {
        List<String> urls = new ArrayList<>();
        JsonNode firsts = manifest.get("postings");
        int shard = -1;
        for (int n = 0; n < firsts.size(); n++) {
            if (firsts.get(n).asText().compareTo(stem) <= 0) {
                shard = n;
            }
        }
        JsonNode postings = read("p/" + shard + ".json").get(stem);
        if (postings == null) {
            return urls;
        }
        int[] decoded = PostingCodec.decode(postings.asText());
        for (int i = 0; i < decoded.length; i += 2) {
            urls.add(read("f/" + decoded[i] + ".json").get("u").asText());
        }
        return urls;
    }

    /** The URLs of the documents holding {@code word} (through its stem). */
    List<String> urlsOfWord(String word) {
        String stem = vocabulary.get(word);
        return stem == null ? List.of() : urls(stem);
    }
}
