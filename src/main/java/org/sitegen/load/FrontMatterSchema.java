package org.sitegen.load;

import static org.sitegen.load.FieldType.BOOLEAN;
import static org.sitegen.load.FieldType.DATE;
import static org.sitegen.load.FieldType.MONTHS;
import static org.sitegen.load.FieldType.POSITIVE_NUMBER;
import static org.sitegen.load.FieldType.STATUS_MAP;
import static org.sitegen.load.FieldType.TEXT;
import static org.sitegen.load.FieldType.TEXT_LIST;
import static org.sitegen.load.FieldType.TEXT_MAP;
import static org.sitegen.load.FieldType.WORDING;
import static org.sitegen.load.FieldType.WORDING_BY_PRODUCT;
import static org.sitegen.load.KeySpec.choice;
import static org.sitegen.load.KeySpec.optional;
import static org.sitegen.load.KeySpec.required;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.model.Keys;

/**
 * The one place that says which front-matter keys each kind of content file accepts.
 * Add a key here and it is validated, typed and documented (README lists the same keys).
 */
public final class FrontMatterSchema {
    private static final List<KeySpec> PAGE_KEYS = List.of(
            optional(Keys.PRODUCTS, TEXT_LIST),
            optional(Keys.REGIONS, TEXT_LIST),
            optional(Keys.EXCLUDE_REGIONS, TEXT_LIST),
            optional(Keys.RELATED, TEXT_LIST),
            optional(Keys.GLOSSARY, BOOLEAN),
            optional(Keys.DRAFT, BOOLEAN),
            optional(Keys.REVIEW_INTERVAL, MONTHS),
            optional(Keys.ALLOW_PHRASES, TEXT_LIST));

    /** The keys that carry words: the only ones a translation may set. */
    public static final List<String> WORD_KEYS = List.of("title", "summary", "topic", "term", "aliases", "abbreviation", "name", "wording",
            "tagline", "topics");

    private final Map<DocumentKind, Map<String, KeySpec>> keys = new EnumMap<>(DocumentKind.class);

    public FrontMatterSchema() {
        define(DocumentKind.ARTICLE, concat(List.of(
                required(Keys.TITLE, TEXT),
                required(Keys.SUMMARY, TEXT),
                required(Keys.DATE, DATE),
                optional(Keys.REVIEWED, DATE),
                optional(Keys.REVIEWER, TEXT),
                optional(Keys.TAGS, TEXT_LIST),
                optional(Keys.FEATURED, POSITIVE_NUMBER),
                choice(Keys.AUDIENCE, "patient", "professional")), PAGE_KEYS));
        define(DocumentKind.FAQ, concat(List.of(
                required(Keys.TITLE, TEXT),
                required(Keys.TOPIC, TEXT),
                optional(Keys.DATE, DATE),
                optional(Keys.REVIEWED, DATE),
                optional(Keys.REVIEWER, TEXT)), PAGE_KEYS));
        define(DocumentKind.GLOSSARY, List.of(
                required(Keys.TERM, TEXT),
                optional(Keys.ALIASES, TEXT_LIST),
                optional(Keys.ABBREVIATION, TEXT),
                optional(Keys.SEE_ALSO, TEXT_LIST),
                optional(Keys.ALLOW_PHRASES, TEXT_LIST)));
        define(DocumentKind.REGION, List.of(
                required(Keys.NAME, TEXT),
                required(Keys.LANG, TEXT),
                optional(Keys.DEFAULT, BOOLEAN),
                optional(Keys.PRODUCT_STATUSES, STATUS_MAP),
                choice(Keys.UNAVAILABLE, "omit", "notice"),
                optional(Keys.REGION_WORDING, WORDING_BY_PRODUCT),
                optional(Keys.MESSAGES, TEXT_MAP),
                choice(Keys.UNTRANSLATED, "source", "omit"),
                choice(Keys.OUTDATED_TRANSLATION, "notice", "source", "fail"),
                optional(Keys.FORBIDDEN_PHRASES, TEXT_LIST),
                optional(Keys.INVESTIGATIONAL_PHRASES, TEXT_LIST)));
        define(DocumentKind.PRODUCT, List.of(
                required(Keys.NAME, TEXT),
                optional(Keys.SUMMARY, TEXT),
                optional(Keys.PRODUCT_WORDING, WORDING)));
        define(DocumentKind.SITE_PAGE, List.of(
                required(Keys.TITLE, TEXT),
                required(Keys.SUMMARY, TEXT),
                optional(Keys.REGIONS, TEXT_LIST),
                optional(Keys.EXCLUDE_REGIONS, TEXT_LIST),
                optional(Keys.DRAFT, BOOLEAN)));
        define(DocumentKind.MEDICAL_DISCLAIMER, List.of(optional(Keys.TITLE, TEXT)));
        define(DocumentKind.SITE, List.of(
                required(Keys.TITLE, TEXT),
                optional(Keys.LANGUAGE, TEXT),
                optional(Keys.OWNER, TEXT),
                optional(Keys.TAGLINE, TEXT),
                optional(Keys.REVIEW_INTERVAL, MONTHS),
                optional(Keys.FORBIDDEN_PHRASES, TEXT_LIST),
                optional(Keys.TOPICS, TEXT_MAP)));
    }

    private static List<KeySpec> concat(List<KeySpec> a, List<KeySpec> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private void define(DocumentKind kind, List<KeySpec> specs) {
        Map<String, KeySpec> byName = new LinkedHashMap<>();
        specs.forEach(s -> byName.put(s.name(), s));
        keys.put(kind, byName);
    }

    /**
     * The keys a translation of {@code kind} accepts: the kind's word keys (required where the source requires them)
     * and {@code translated_from}, required.
     */
    public Map<String, KeySpec> translationKeysOf(DocumentKind kind) {
        Map<String, KeySpec> byName = new LinkedHashMap<>();
        keys.get(kind).forEach((name, spec) -> {
            if (WORD_KEYS.contains(name)) {
                byName.put(name, spec);
            }
        });
        // required too, with its own message (ContentReader)
        byName.put(Keys.TRANSLATED_FROM.name(), optional(Keys.TRANSLATED_FROM, TEXT));
        return byName;
    }

    /** The keys a kind accepts, in documentation order. */
    public Map<String, KeySpec> keysOf(DocumentKind kind) {
        return keys.get(kind);
    }
}
