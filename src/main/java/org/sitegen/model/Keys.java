package org.sitegen.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Every front-matter key there is, typed. */
public final class Keys {
    public static final FrontMatterKey<String> TITLE = new FrontMatterKey<>("title");
    public static final FrontMatterKey<String> SUMMARY = new FrontMatterKey<>("summary");
    public static final FrontMatterKey<LocalDate> DATE = new FrontMatterKey<>("date");
    public static final FrontMatterKey<LocalDate> REVIEWED = new FrontMatterKey<>("reviewed");
    public static final FrontMatterKey<String> REVIEWER = new FrontMatterKey<>("reviewer");
    public static final FrontMatterKey<List<String>> TAGS = new FrontMatterKey<>("tags");
    public static final FrontMatterKey<String> AUDIENCE = new FrontMatterKey<>("audience");
    public static final FrontMatterKey<Boolean> DRAFT = new FrontMatterKey<>("draft");
    /** On pages: the products a page discusses. */
    public static final FrontMatterKey<List<String>> PRODUCTS = new FrontMatterKey<>("products");
    public static final FrontMatterKey<List<String>> REGIONS = new FrontMatterKey<>("regions");
    public static final FrontMatterKey<List<String>> EXCLUDE_REGIONS = new FrontMatterKey<>("exclude_regions");
    public static final FrontMatterKey<List<String>> RELATED = new FrontMatterKey<>("related");
    public static final FrontMatterKey<Boolean> GLOSSARY = new FrontMatterKey<>("glossary");
    public static final FrontMatterKey<String> TOPIC = new FrontMatterKey<>("topic");
    public static final FrontMatterKey<String> TERM = new FrontMatterKey<>("term");
    public static final FrontMatterKey<List<String>> ALIASES = new FrontMatterKey<>("aliases");
    public static final FrontMatterKey<String> ABBREVIATION = new FrontMatterKey<>("abbreviation");
    public static final FrontMatterKey<List<String>> SEE_ALSO = new FrontMatterKey<>("see_also");
    public static final FrontMatterKey<String> NAME = new FrontMatterKey<>("name");
    public static final FrontMatterKey<String> LANG = new FrontMatterKey<>("lang");
    public static final FrontMatterKey<Boolean> DEFAULT = new FrontMatterKey<>("default");
    /** On regions: the status of each product. */
    public static final FrontMatterKey<Map<String, String>> PRODUCT_STATUSES = new FrontMatterKey<>("products");
    public static final FrontMatterKey<String> UNAVAILABLE = new FrontMatterKey<>("unavailable");
    /** On regions: per product, per status, the sentence that replaces the product's own. */
    public static final FrontMatterKey<Map<String, Map<String, String>>> REGION_WORDING = new FrontMatterKey<>("wording");
    /** On products: per status, the sentence pages show. */
    public static final FrontMatterKey<Map<String, String>> PRODUCT_WORDING = new FrontMatterKey<>("wording");
    /** On regions: interface strings that replace those of the language's message file. */
    public static final FrontMatterKey<Map<String, String>> MESSAGES = new FrontMatterKey<>("messages");
    public static final FrontMatterKey<String> UNTRANSLATED = new FrontMatterKey<>("untranslated");
    public static final FrontMatterKey<String> OUTDATED_TRANSLATION = new FrontMatterKey<>("outdated_translation");
    /** In translations: the fingerprint of the source file the translation was made from. */
    public static final FrontMatterKey<String> TRANSLATED_FROM = new FrontMatterKey<>("translated_from");
    public static final FrontMatterKey<String> LANGUAGE = new FrontMatterKey<>("language");
    public static final FrontMatterKey<String> OWNER = new FrontMatterKey<>("owner");
    public static final FrontMatterKey<String> TAGLINE = new FrontMatterKey<>("tagline");
    /** On site.md (every page) and on pages (that page): months from one medical review to the next. */
    public static final FrontMatterKey<Integer> REVIEW_INTERVAL = new FrontMatterKey<>("review_interval");
    /** On site.md (every edition) and on regions (that edition): phrases no published page may contain. */
    public static final FrontMatterKey<List<String>> FORBIDDEN_PHRASES = new FrontMatterKey<>("forbidden_phrases");
    /** On regions: phrases no page may contain that discusses a product investigational in the region. */
    public static final FrontMatterKey<List<String>> INVESTIGATIONAL_PHRASES = new FrontMatterKey<>("investigational_phrases");
    /** On pages: forbidden or investigational phrases this page may use all the same. */
    public static final FrontMatterKey<List<String>> ALLOW_PHRASES = new FrontMatterKey<>("allow_phrases");
    /** On articles: the place in the home page's "Start here" section (1 first). */
    public static final FrontMatterKey<Integer> FEATURED = new FrontMatterKey<>("featured");
    /** On the site settings: display names of topics, by topic slug. */
    public static final FrontMatterKey<Map<String, String>> TOPICS = new FrontMatterKey<>("topics");


    private Keys() {
    }
}
