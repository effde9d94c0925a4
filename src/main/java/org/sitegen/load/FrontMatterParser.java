package org.sitegen.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitegen.diagnostics.Diagnostics;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Splits a Markdown source into YAML front matter and body, keeping the file line of every key
 * so that later validation can point editors at the exact line.
 */
public final class FrontMatterParser {
    private static final String FENCE = "---";

    private final LoaderOptions options;

    public FrontMatterParser() {
        options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both lines
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(1 << 20);
    }

    /**
     * What to type when a value holds {@code ': '} (YAML reads it as a second key): the line with the value quoted,
     * e.g. {@code title: "Basics: chronic pain"}.
     */
    static String quotingHint(MarkedYAMLException e, String line) {
        int colon = line.indexOf(':');
        if (!"mapping values are not allowed here".equals(e.getProblem()) || colon < 0) {
            return "";
        }
        String value = line.substring(colon + 1).strip();
        if (value.isEmpty() || value.startsWith("\"") || value.startsWith("'")) {
            return "";
        }
        return "; a value containing ': ' must be quoted: " + line.substring(0, colon).strip() + ": \""
                + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Parses {@code text}; problems are reported against {@code path} and yield an empty result. */
    public Optional<FrontMatter> parse(String path, String text, Diagnostics diagnostics) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = source.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FENCE)) {
            diagnostics.error(path, 1, "missing front matter: the file must start with a '---' line");
            return Optional.empty();
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(FENCE)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            diagnostics.error(path, 1, "front matter is not closed: add a '---' line after it");
            return Optional.empty();
        }
        String yaml = String.join("\n", lines.subList(1, close));
        String body = String.join("\n", lines.subList(close + 1, lines.size()));
        int bodyLine = close + 2;
        if (yaml.isBlank()) {
            return Optional.of(new FrontMatter(new YamlValue.Mapping(Map.of(), Map.of(), 1), body, bodyLine));
        }
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 2 : 1;
            diagnostics.error(path, line, "invalid YAML in front matter: " + e.getProblem() + quotingHint(e, line - 1 < lines.size() ? lines.get(line - 1) : ""));
            return Optional.empty();
        } catch (ReaderException e) {
            // a character YAML does not allow unescaped; XML (the feed, the sitemap) does not allow most of them either
            int at = XmlCharacters.indexOfFirstDisallowed(yaml);
            if (at >= 0) {
                int line = 2 + (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count();
                diagnostics.error(path, line, XmlCharacters.message("front matter", yaml.codePointAt(at)));
            } else {
                diagnostics.error(path, 1, "invalid YAML in front matter: " + e.getMessage());
            }
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(path, 1, "invalid YAML in front matter: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error(path, 2, "front matter must be a list of 'key: value' lines");
            return Optional.empty();
        }
        YamlValue.Mapping fields;
        try {
            fields = toMapping(path, mapping, diagnostics);
        } catch (NestingException e) {
            diagnostics.error(path, e.line, "front matter is nested too deeply (an alias that refers to itself?)");
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(fields, body, bodyLine));
    }

    private static final int MAX_DEPTH = 20;

    private YamlValue toValue(String path, Node node, Diagnostics diagnostics) {
        return toValue(path, node, diagnostics, 0);
    }

    private YamlValue toValue(String path, Node node, Diagnostics diagnostics, int depth) {
        int line = line(node);
        if (depth > MAX_DEPTH) {
            throw new NestingException(line);
        }
        if (node instanceof ScalarNode scalar) {
            return new YamlValue.Scalar(scalar.getValue(), scalar.getTag().getValue().replace("tag:yaml.org,2002:", ""), line);
        }
        if (node instanceof SequenceNode sequence) {
            List<YamlValue> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(toValue(path, item, diagnostics, depth + 1));
            }
            return new YamlValue.Sequence(List.copyOf(items), line);
        }
        return toMapping(path, (MappingNode) node, diagnostics, depth + 1);
    }

    /** Front matter nested deeper than any key needs, e.g. an alias that refers to itself. */
    private static final class NestingException extends RuntimeException {
        private final int line;

        NestingException(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }

    private YamlValue.Mapping toMapping(String path, MappingNode mapping, Diagnostics diagnostics) {
        return toMapping(path, mapping, diagnostics, 0);
    }

    private YamlValue.Mapping toMapping(String path, MappingNode mapping, Diagnostics diagnostics, int depth) {
        Map<String, YamlValue> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            int keyLine = line(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                diagnostics.error(path, keyLine, "front matter keys must be plain words");
                continue;
            }
            String key = keyNode.getValue();
            if (entries.containsKey(key)) {
                diagnostics.error(path, keyLine, "key '" + key + "' is given twice (first on line " + keyLines.get(key) + ")");
                continue;
            }
            entries.put(key, toValue(path, tuple.getValueNode(), diagnostics, depth + 1));
            keyLines.put(key, keyLine);
        }
        return new YamlValue.Mapping(entries, keyLines, line(mapping));
    }

    /** YAML marks are 0-based within the front matter, which starts on file line 2. */
    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 2;
    }
}
