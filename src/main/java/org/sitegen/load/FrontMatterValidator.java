package org.sitegen.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.diagnostics.Suggestions;

/** Checks front matter against {@link FrontMatterSchema} and converts it into typed {@link Fields}. */
public final class FrontMatterValidator {
    private static final Pattern MONTHS = Pattern.compile("\\d{1,4}");
    private static final int MAX_MONTHS = 120;
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final FrontMatterSchema schema;

    public FrontMatterValidator(FrontMatterSchema schema) {
        this.schema = schema;
    }

    public Fields validate(String path, DocumentKind kind, YamlValue.Mapping front, Diagnostics diagnostics) {
        return validate(path, schema.keysOf(kind), Map.of(), front, diagnostics);
    }

    /**
     * Validates against {@code specs}; a key in {@code refused} is an error with its own message (e.g. a key a
     * translation takes from its source).
     */
    public Fields validate(String path, Map<String, KeySpec> specs, Map<String, String> refused, YamlValue.Mapping front,
                           Diagnostics diagnostics) {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Integer> lines = Map.copyOf(front.keyLines());
        for (Map.Entry<String, YamlValue> entry : front.entries().entrySet()) {
            String key = entry.getKey();
            int line = front.keyLines().get(key);
            KeySpec spec = specs.get(key);
            if (spec == null && refused.containsKey(key)) {
                diagnostics.error(path, line, refused.get(key));
                continue;
            }
            if (spec == null) {
                diagnostics.error(path, line, "unknown key '" + key + "'" + Suggestions.hint(key, specs.keySet()));
                continue;
            }
            convert(path, spec, entry.getValue(), line, diagnostics).ifPresent(v -> values.put(key, v));
        }
        for (KeySpec spec : specs.values()) {
            if (spec.required() && !front.entries().containsKey(spec.name())) {
                diagnostics.error(path, 1, "missing required key '" + spec.name() + "'");
            }
        }
        return new Fields(values, new org.sitegen.model.KeyLines(lines, 1));
    }

    private Optional<Object> convert(String path, KeySpec spec, YamlValue value, int line, Diagnostics diagnostics) {
        String key = spec.name();
        switch (spec.type()) {
            case TEXT -> {
                return scalar(path, key, value, line, diagnostics).map(s -> (Object) s);
            }
            case DATE -> {
                return scalar(path, key, value, line, diagnostics).flatMap(s -> date(path, key, s, line, diagnostics));
            }
            case BOOLEAN -> {
                // only true and false: YAML 1.1 also reads yes/no/on/off as booleans, which editors misread
                if (value instanceof YamlValue.Scalar s && s.tag().equals("bool")) {
                    String word = s.text().toLowerCase(java.util.Locale.ROOT);
                    if (word.equals("true") || word.equals("false")) {
                        return Optional.of(word.equals("true"));
                    }
                }
                diagnostics.error(path, line, "'" + key + "' must be true or false");
                return Optional.empty();
            }
            case CHOICE -> {
                return scalar(path, key, value, line, diagnostics).flatMap(s -> {
                    if (spec.choices().contains(s)) {
                        return Optional.of(s);
                    }
                    diagnostics.error(path, line, "'" + key + "' must be one of " + String.join(", ", spec.choices())
                            + ", not '" + s + "'" + Suggestions.hint(s, spec.choices()));
                    return Optional.empty();
                });
            }
            case MONTHS -> {
                return scalar(path, key, value, line, diagnostics).flatMap(s -> months(path, key, s, line, diagnostics));
            }
            case TEXT_LIST -> {
                return list(path, key, value, line, diagnostics).map(l -> (Object) l);
            }
            case POSITIVE_NUMBER -> {
                if (value instanceof YamlValue.Scalar s && s.tag().equals("int") && s.text().strip().matches("[1-9][0-9]{0,5}")) {
                    return Optional.of(Integer.parseInt(s.text().strip()));
                }
                diagnostics.error(path, line, "'" + key + "' must be a whole number from 1, e.g. " + key + ": 1");
                return Optional.empty();
            }
            case STATUS_MAP -> {
                return mapping(path, key, value, line, diagnostics).map(m -> {
                    Map<String, String> statuses = new LinkedHashMap<>();
                    m.entries().forEach((id, v) -> {
                        int vLine = m.keyLines().get(id);
                        scalar(path, key + "." + id, v, vLine, diagnostics).ifPresent(s -> {
                            if (ProductStatus.of(s).isPresent()) {
                                statuses.put(id, s);
                            } else {
                                diagnostics.error(path, vLine, "unknown product status '" + s + "' for '" + id
                                        + "': use approved, investigational or not-available" + Suggestions.hint(s, ProductStatus.words()));
                            }
                        });
                    });
                    return statuses;
                });
            }
            case WORDING -> {
                return mapping(path, key, value, line, diagnostics).map(m -> wording(path, key, m, diagnostics));
            }
            case WORDING_BY_PRODUCT -> {
                return mapping(path, key, value, line, diagnostics).map(m -> {
                    Map<String, Map<String, String>> byProduct = new LinkedHashMap<>();
                    m.entries().forEach((id, v) -> {
                        int vLine = m.keyLines().get(id);
                        mapping(path, key + "." + id, v, vLine, diagnostics)
                                .ifPresent(inner -> byProduct.put(id, wording(path, key + "." + id, inner, diagnostics)));
                    });
                    return byProduct;
                });
            }
            case TEXT_MAP -> {
                return mapping(path, key, value, line, diagnostics).map(m -> {
                    Map<String, String> texts = new LinkedHashMap<>();
                    m.entries().forEach((name, v) -> scalar(path, key + "." + name, v, m.keyLines().get(name), diagnostics)
                            .ifPresent(s -> texts.put(name, s)));
                    return texts;
                });
            }
            default -> throw new IllegalStateException(spec.type().name());
        }
    }

    private Map<String, String> wording(String path, String key, YamlValue.Mapping m, Diagnostics diagnostics) {
        Map<String, String> texts = new LinkedHashMap<>();
        m.entries().forEach((status, v) -> {
            int vLine = m.keyLines().get(status);
            if (ProductStatus.of(status).isEmpty()) {
                diagnostics.error(path, vLine, "unknown product status '" + status + "' in '" + key
                        + "': use approved, investigational or not-available" + Suggestions.hint(status, ProductStatus.words()));
                return;
            }
            scalar(path, key + "." + status, v, vLine, diagnostics).ifPresent(s -> texts.put(status, s));
        });
        return texts;
    }

    /** Whether {@code text} has a character a reader sees: not only spaces and invisible format characters. */
    private static boolean visible(String text) {
        return text.codePoints().anyMatch(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                && Character.getType(c) != Character.FORMAT);
    }

    private Optional<String> scalar(String path, String key, YamlValue value, int line, Diagnostics diagnostics) {
        if (value instanceof YamlValue.Scalar s && !s.tag().equals("null") && visible(s.text())) {
            OptionalInt notXml = XmlCharacters.firstDisallowed(s.text());
            if (notXml.isPresent()) {
                diagnostics.error(path, line, XmlCharacters.message(key, notXml.getAsInt()));
                return Optional.empty();
            }
            OptionalInt override = s.text().codePoints().filter(c -> c == 0x202D || c == 0x202E).findFirst();
            if (override.isPresent()) {
                diagnostics.error(path, line, String.format(java.util.Locale.ROOT, "'%s' contains a bidirectional override "
                        + "(U+%04X), which makes text show in another order than it is written: remove it", key, override.getAsInt()));
                return Optional.empty();
            }
            return Optional.of(s.text().strip());
        }
        diagnostics.error(path, line, "'" + key + "' must be a single non-empty value");
        return Optional.empty();
    }

    private Optional<List<String>> list(String path, String key, YamlValue value, int line, Diagnostics diagnostics) {
        if (!(value instanceof YamlValue.Sequence seq)) {
            diagnostics.error(path, line, "'" + key + "' must be a list, e.g. [a, b]");
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        for (YamlValue item : seq.items()) {
            scalar(path, key, item, item.line(), diagnostics).ifPresent(items::add);
        }
        return Optional.of(List.copyOf(items));
    }

    private Optional<YamlValue.Mapping> mapping(String path, String key, YamlValue value, int line, Diagnostics diagnostics) {
        if (value instanceof YamlValue.Mapping m) {
            return Optional.of(m);
        }
        diagnostics.error(path, line, "'" + key + "' must be a map of 'name: value' lines");
        return Optional.empty();
    }

    private Optional<Object> months(String path, String key, String text, int line, Diagnostics diagnostics) {
        if (MONTHS.matcher(text).matches()) {
            int months = Integer.parseInt(text);
            if (months >= 1 && months <= MAX_MONTHS) {
                return Optional.of(months);
            }
        }
        diagnostics.error(path, line, "'" + key + "' must be a whole number of months from 1 to " + MAX_MONTHS + ", e.g. 12, not '" + text + "'");
        return Optional.empty();
    }

    private Optional<Object> date(String path, String key, String text, int line, Diagnostics diagnostics) {
        var m = ISO_DATE.matcher(text);
        if (!m.matches()) {
            diagnostics.error(path, line, "'" + key + "' must be a date written YYYY-MM-DD, not '" + text + "'");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            diagnostics.error(path, line, "'" + key + "' is not a real date: " + text);
            return Optional.empty();
        }
    }
}
