package org.sitegen.load;

import java.util.List;
import java.util.Map;

/** A front-matter value as written, with the 1-based file line it starts on. */
public sealed interface YamlValue {
    int line();

    /** A single value; {@code tag} is YAML's resolved tag name ("str", "int", "bool", "timestamp", "null", …). */
    record Scalar(String text, String tag, int line) implements YamlValue {
    }

    record Sequence(List<YamlValue> items, int line) implements YamlValue {
    }

    record Mapping(Map<String, YamlValue> entries, Map<String, Integer> keyLines, int line) implements YamlValue {
    }
}
