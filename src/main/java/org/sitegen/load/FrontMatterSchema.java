package org.sitegen.load;

import static org.sitegen.load.FieldType.BOOLEAN;
import static org.sitegen.load.FieldType.DATE;
import static org.sitegen.load.FieldType.STATUS_MAP;
import static org.sitegen.load.FieldType.TEXT;
import static org.sitegen.load.FieldType.TEXT_LIST;
import static org.sitegen.load.FieldType.WORDING;
import static org.sitegen.load.FieldType.WORDING_BY_PRODUCT;
import static org.sitegen.load.KeySpec.choice;
import static org.sitegen.load.KeySpec.optional;
import static org.sitegen.load.KeySpec.required;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that says which front-matter keys each kind of content file accepts.
 * Add a key here and it is validated, typed and documented (README lists the same keys).
 */
public final class FrontMatterSchema {
    private static final List<KeySpec> PAGE_KEYS = List.of(
            optional("products", TEXT_LIST),
            optional("regions", TEXT_LIST),
            optional("exclude_regions", TEXT_LIST),
            optional("related", TEXT_LIST),
            optional("glossary", BOOLEAN),
            optional("draft", BOOLEAN));

    private final Map<DocumentKind, Map<String, KeySpec>> keys = new EnumMap<>(DocumentKind.class);

    public FrontMatterSchema() {
        define(DocumentKind.ARTICLE, concat(List.of(
                required("title", TEXT),
                required("summary", TEXT),
                required("date", DATE),
                optional("reviewed", DATE),
                optional("reviewer", TEXT),
                optional("tags", TEXT_LIST),
                choice("audience", "patient", "professional")), PAGE_KEYS));
        define(DocumentKind.FAQ, concat(List.of(
                required("title", TEXT),
                required("topic", TEXT),
                optional("date", DATE),
                optional("reviewed", DATE),
                optional("reviewer", TEXT)), PAGE_KEYS));
        define(DocumentKind.GLOSSARY, List.of(
                required("term", TEXT),
                optional("aliases", TEXT_LIST),
                optional("abbreviation", TEXT),
                optional("see_also", TEXT_LIST)));
        define(DocumentKind.REGION, List.of(
                required("name", TEXT),
                required("lang", TEXT),
                optional("default", BOOLEAN),
                optional("products", STATUS_MAP),
                choice("unavailable", "omit", "notice"),
                optional("wording", WORDING_BY_PRODUCT)));
        define(DocumentKind.PRODUCT, List.of(
                required("name", TEXT),
                optional("summary", TEXT),
                optional("wording", WORDING)));
        define(DocumentKind.MEDICAL_DISCLAIMER, List.of(optional("title", TEXT)));
        define(DocumentKind.SITE, List.of(
                required("title", TEXT),
                optional("language", TEXT),
                optional("owner", TEXT),
                optional("tagline", TEXT)));
    }

    private static List<KeySpec> concat(List<KeySpec> a, List<KeySpec> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private void define(DocumentKind kind, List<KeySpec> specs) {
        Map<String, KeySpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        keys.put(kind, byName);
    }

    /** The keys a kind accepts, in documentation order. */
    public Map<String, KeySpec> keysOf(DocumentKind kind) {
        return keys.get(kind);
    }
}
