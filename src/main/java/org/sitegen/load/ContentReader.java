package org.sitegen.load;

import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.markdown.MarkdownConverter;
import org.sitegen.markdown.MarkdownResult;
import org.sitegen.model.Article;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.MedicalDisclaimer;
import org.sitegen.model.PageRules;
import org.sitegen.model.Product;
import org.sitegen.model.Region;
import org.sitegen.model.KeyLines;
import org.sitegen.model.Markers;
import org.sitegen.model.Keys;
import org.sitegen.model.SitePage;
import org.sitegen.model.SiteSettings;
import org.sitegen.model.Translation;

/** Turns one content file into its typed record: front matter validated, Markdown rendered once. */
public final class ContentReader {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REGION_CODE = Pattern.compile("[a-z0-9]+");
    /** {@code <slug>.<lang>}: a translation's file name without {@code .md}. */
    private static final Pattern TRANSLATION_NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)\\.([a-z]{2,3})");
    /** The fingerprint {@code translated_from} holds: 12 lowercase hexadecimal digits. */
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern BCP47 = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    /** Folders of the output root (assets) and of every edition: a region with one of these codes would merge into it. */
    private static final SortedSet<String> RESERVED_REGION_CODES = new TreeSet<>(List.of(
            "articles", "assets", "css", "faq", "fonts", "glossary", "images", "img", "js", "media", "search", "tags"));

    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final FrontMatterValidator validator;
    private final FrontMatterSchema schema;
    private final MarkdownConverter markdown;

    public ContentReader(FrontMatterSchema schema, MarkdownConverter markdown) {
        this.validator = new FrontMatterValidator(schema);
        this.schema = schema;
        this.markdown = markdown;
    }

    /**
     * Reads one file.
     *
     * @param path     the path shown to editors
     * @param relative the path inside the content folder, '/'-separated
     * @return the document, or empty when it has errors (reported to {@code diagnostics})
     */
    public Optional<ContentDocument> read(String path, String relative, String text, Diagnostics diagnostics) {
        Optional<DocumentKind> kind = DocumentKind.of(relative);
        if (kind.isEmpty()) {
            diagnostics.error(path, 0, "unexpected content file: put articles in content/articles/, FAQ entries in content/faq/, "
                    + "glossary terms in content/glossary/, regions in content/regions/, products in content/products/ "
                    + "and pages about the site in content/pages/");
            return Optional.empty();
        }
        String slug = relative.substring(relative.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        var translation = TRANSLATION_NAME.matcher(slug);
        if (translation.matches() && kind.get() != DocumentKind.REGION) {
            return readTranslation(path, relative, kind.get(), translation.group(1), translation.group(2), text, diagnostics);
        }
        Pattern namePattern = kind.get() == DocumentKind.REGION ? REGION_CODE : SLUG;
        if (kind.get() != DocumentKind.MEDICAL_DISCLAIMER && kind.get() != DocumentKind.SITE && !namePattern.matcher(slug).matches()) {
            diagnostics.error(path, 0, "file name '" + slug + "' must be lowercase letters and digits"
                    + (kind.get() == DocumentKind.REGION ? "" : " separated by single hyphens"));
            return Optional.empty();
        }
        if (kind.get() == DocumentKind.REGION && RESERVED_REGION_CODES.contains(slug)) {
            diagnostics.error(path, 0, "region code '" + slug + "' is reserved for a folder of the output ("
                    + String.join(", ", RESERVED_REGION_CODES) + "): rename the file");
            return Optional.empty();
        }
        if (kind.get() == DocumentKind.SITE_PAGE && RESERVED_REGION_CODES.contains(slug)) {
            diagnostics.error(path, 0, "page name '" + slug + "' is reserved for a folder of the output ("
                    + String.join(", ", RESERVED_REGION_CODES) + "): rename the file");
            return Optional.empty();
        }
        Diagnostics local = new Diagnostics();
        Optional<FrontMatter> front = frontMatterParser.parse(path, text, local);
        if (front.isEmpty()) {
            diagnostics.addAll(local);
            return Optional.empty();
        }
        Fields fields = validator.validate(path, kind.get(), front.get().fields(), local);
        boolean onEveryPage = kind.get() == DocumentKind.REGION || kind.get() == DocumentKind.PRODUCT
                || kind.get() == DocumentKind.MEDICAL_DISCLAIMER;
        MarkdownResult body = onEveryPage
                ? markdown.convert(path, front.get().body(), front.get().bodyLine(), local, StandaloneHtml.ALLOWLIST)
                : markdown.convert(path, front.get().body(), front.get().bodyLine(), local);
        if (onEveryPage) {
            body = standalone(path, body, local);
        }
        if ((kind.get() == DocumentKind.ARTICLE || kind.get() == DocumentKind.FAQ || kind.get() == DocumentKind.SITE_PAGE)
                && front.get().body().isBlank()) {
            local.warning(path, front.get().bodyLine() - 1, "the page has no text below its front matter");
        }
        ContentDocument document = build(kind.get(), slug, path, fields, body, front.get().body(), front.get().bodyLine(), local);
        diagnostics.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.of(document);
    }

    /**
     * A text shown on every page of an edition (a region's or the medical disclaimer, a product's): no links to pages,
     * no region passages, and its HTML as the allowlist serialises it.
     */
    private static MarkdownResult standalone(String path, MarkdownResult body, Diagnostics local) {
        for (org.sitegen.model.SourceLink link : body.links()) {
            local.error(path, link.line(), "links to pages are not allowed here: this text is shown on every page of an edition "
                    + "(links to other sites are fine)");
        }
        for (MarkdownResult.RegionBlockUse block : body.regionBlocks()) {
            local.error(path, block.line(), "region passages are not allowed here: this text is shown as written on every page "
                    + "that carries it; put region-specific text in that region's own file");
        }
        return local.hasErrors() ? body : StandaloneHtml.reserialize(body, path, local);
    }

    /** Reads {@code <slug>.<lang>.md}: only word-carrying keys and {@code translated_from}; the rest comes from the source. */
    private Optional<ContentDocument> readTranslation(String path, String relative, DocumentKind kind, String slug, String lang,
                                                      String text, Diagnostics diagnostics) {
        Diagnostics local = new Diagnostics();
        Optional<FrontMatter> front = frontMatterParser.parse(path, text, local);
        if (front.isEmpty()) {
            diagnostics.addAll(local);
            return Optional.empty();
        }
        String sourceRelative = relative.substring(0, relative.length() - (lang.length() + ".md".length())) + "md";
        String sourcePath = path.substring(0, path.length() - relative.length()) + sourceRelative;
        Map<String, KeySpec> allowed = schema.translationKeysOf(kind);
        Map<String, String> refused = new LinkedHashMap<>();
        for (String key : schema.keysOf(kind).keySet()) {
            if (!allowed.containsKey(key)) {
                refused.put(key, "'" + key + "' cannot be set in a translation: it comes from the source, " + sourcePath
                        + "; a translation carries only " + String.join(", ", allowed.keySet())
                        + (kind == DocumentKind.SITE ? "" : " and its text"));
            }
        }
        Fields f = validator.validate(path, allowed, refused, front.get().fields(), local);
        f.get(Keys.TRANSLATED_FROM).filter(v -> !FINGERPRINT.matcher(v).matches()).ifPresent(v -> local.error(path,
                f.lines().of(Keys.TRANSLATED_FROM), "'translated_from' must be the 12 lowercase hexadecimal digits that "
                        + "'java -jar target/sitegen.jar translations' prints for " + sourcePath + ", not '" + v + "'"));
        if (!front.get().fields().entries().containsKey(Keys.TRANSLATED_FROM.name())) {
            local.error(path, 1, "missing 'translated_from': once the translation matches its source, stamp it with "
                    + "'java -jar target/sitegen.jar translations --stamp " + path + "'");
        }
        boolean standalone = kind == DocumentKind.PRODUCT || kind == DocumentKind.MEDICAL_DISCLAIMER;
        MarkdownResult body = standalone
                ? markdown.convert(path, front.get().body(), front.get().bodyLine(), local, StandaloneHtml.ALLOWLIST)
                : markdown.convert(path, front.get().body(), front.get().bodyLine(), local);
        if (standalone) {
            body = standalone(path, body, local);
        }
        boolean hasText = !front.get().body().isBlank();
        String definition = "";
        if (kind == DocumentKind.GLOSSARY) {
            definition = firstSentence(body.html(), org.sitegen.lang.Languages.locale(lang));
            if (definition.isEmpty()) {
                local.error(path, front.get().bodyLine(), "empty definition: write the definition below the front matter");
            }
        } else if (kind == DocumentKind.SITE) {
            if (hasText) {
                local.error(path, firstTextLine(front.get().body(), front.get().bodyLine()),
                        "site.md holds settings only: a translation of it has only front matter; remove the text below it");
            }
        } else if (!hasText && kind != DocumentKind.PRODUCT) {
            local.error(path, front.get().bodyLine(), "the translation has no text below its front matter: translate the source's text");
        }
        Translation.Of of = switch (kind) {
            case ARTICLE -> Translation.Of.ARTICLE;
            case FAQ -> Translation.Of.FAQ;
            case GLOSSARY -> Translation.Of.GLOSSARY;
            case PRODUCT -> Translation.Of.PRODUCT;
            case SITE_PAGE -> Translation.Of.PAGE;
            case SITE -> Translation.Of.SITE;
            default -> Translation.Of.MEDICAL_DISCLAIMER;
        };
        boolean single = of == Translation.Of.MEDICAL_DISCLAIMER || of == Translation.Of.SITE;
        Translation document = new Translation(of, single ? "" : slug, lang, path, sourcePath,
                f.get(Keys.TITLE), f.get(Keys.SUMMARY), f.get(Keys.TOPIC), f.get(Keys.TERM), f.get(Keys.ALIASES), f.get(Keys.ABBREVIATION),
                f.get(Keys.NAME), f.getOr(Keys.PRODUCT_WORDING, Map.of()), f.get(Keys.TAGLINE),
                named(f.getOr(Keys.TOPICS, Map.of()), front.get().fields().entries().get(Keys.TOPICS.name())), body, body.html(),
                definition, f.getOr(Keys.TRANSLATED_FROM, ""), f.lines());
        diagnostics.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.of(document);
    }

    /** Each name of a map with the line of its entry ({@code topics: {risks: Riskler}}). */
    private static Map<String, Translation.Named> named(Map<String, String> names, YamlValue written) {
        Map<String, Translation.Named> named = new LinkedHashMap<>();
        Map<String, Integer> lines = written instanceof YamlValue.Mapping m ? m.keyLines() : Map.of();
        int fallback = written == null ? 1 : written.line();
        names.forEach((key, name) -> named.put(key, new Translation.Named(name, lines.getOrDefault(key, fallback))));
        return named;
    }

    private ContentDocument build(DocumentKind kind, String slug, String path, Fields f, MarkdownResult body,
                                  String markdownBody, int bodyLine, Diagnostics diagnostics) {
        KeyLines lines = f.lines();
        return switch (kind) {
            case ARTICLE -> new Article(slug, path, f.getOr(Keys.TITLE, slug), f.getOr(Keys.SUMMARY, ""),
                    f.getOr(Keys.DATE, LocalDate.EPOCH), f.get(Keys.REVIEWED), f.get(Keys.REVIEWER),
                    f.getOr(Keys.TAGS, List.of()).stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList(), f.get(Keys.AUDIENCE),
                    f.getOr(Keys.DRAFT, false), f.getOr(Keys.GLOSSARY, true), rules(f), f.getOr(Keys.RELATED, List.of()),
                    f.get(Keys.REVIEW_INTERVAL), f.getOr(Keys.ALLOW_PHRASES, List.of()), f.get(Keys.FEATURED), body, lines);
            case FAQ -> new FaqEntry(slug, path, f.getOr(Keys.TITLE, slug), f.getOr(Keys.TOPIC, ""), f.get(Keys.DATE),
                    f.get(Keys.REVIEWED), f.get(Keys.REVIEWER), f.getOr(Keys.DRAFT, false), f.getOr(Keys.GLOSSARY, true),
                    rules(f), f.getOr(Keys.RELATED, List.of()), f.get(Keys.REVIEW_INTERVAL), f.getOr(Keys.ALLOW_PHRASES, List.of()),
                    body, lines);
            case GLOSSARY -> {
                String definition = firstSentence(body.html());
                if (definition.isEmpty() && !firstSentence(body.html(), false).isEmpty()) {
                    diagnostics.error(path, bodyLine, "the definition has no text outside '::: region' passages: its first sentence "
                            + "is the tooltip and summary in every edition, so start with a sentence that holds everywhere");
                } else if (definition.isEmpty()) {
                    diagnostics.error(path, bodyLine, "empty definition: write the definition below the front matter");
                }
                yield new GlossaryEntry(slug, path, f.getOr(Keys.TERM, slug), f.getOr(Keys.ALIASES, List.of()), f.get(Keys.ABBREVIATION),
                        f.getOr(Keys.SEE_ALSO, List.of()), body, definition, f.getOr(Keys.ALLOW_PHRASES, List.of()), lines);
            }
            case REGION -> {
                refuseImages(body, path, "the region's disclaimer", diagnostics);
                if (!StandaloneHtml.hasVisibleText(body.html())) {
                    diagnostics.error(path, bodyLine, "region without disclaimer text: write the regulatory disclaimer below the front matter");
                }
                Map<String, ProductStatus> statuses = new LinkedHashMap<>();
                f.getOr(Keys.PRODUCT_STATUSES, Map.of()).forEach((id, s) -> statuses.put(id, ProductStatus.of(s).orElseThrow()));
                Region.UnavailablePolicy policy = f.getOr(Keys.UNAVAILABLE, "omit").equals("notice")
                        ? Region.UnavailablePolicy.NOTICE : Region.UnavailablePolicy.OMIT;
                yield new Region(slug, path, f.getOr(Keys.NAME, slug), f.getOr(Keys.LANG, "en"), f.getOr(Keys.DEFAULT, false),
                        statuses, policy, f.getOr(Keys.REGION_WORDING, Map.of()), body.html(), lines, f.getOr(Keys.MESSAGES, Map.of()),
                        Region.UntranslatedPolicy.valueOf(f.getOr(Keys.UNTRANSLATED, "source").toUpperCase(Locale.ROOT)),
                        Region.OutdatedPolicy.valueOf(f.getOr(Keys.OUTDATED_TRANSLATION, "notice").toUpperCase(Locale.ROOT)),
                        f.getOr(Keys.FORBIDDEN_PHRASES, List.of()), f.getOr(Keys.INVESTIGATIONAL_PHRASES, List.of()));
            }
            case SITE_PAGE -> new SitePage(slug, path, f.getOr(Keys.TITLE, slug), f.getOr(Keys.SUMMARY, ""), f.getOr(Keys.DRAFT, false),
                    rules(f), body, lines);
            case PRODUCT -> new Product(slug, path, f.getOr(Keys.NAME, slug), f.get(Keys.SUMMARY), f.getOr(Keys.PRODUCT_WORDING, Map.of()),
                    lines);
            case SITE -> {
                if (!markdownBody.isBlank()) {
                    diagnostics.error(path, firstTextLine(markdownBody, bodyLine),
                            "site.md holds settings only: move the text below the front matter into a page");
                }
                String language = f.getOr(Keys.LANGUAGE, "en");
                if (!BCP47.matcher(language).matches()) {
                    diagnostics.error(path, lines.of(Keys.LANGUAGE), "'language' must be a BCP 47 language tag such as en or en-GB, not '"
                            + language + "'");
                }
                yield new SiteSettings(path, f.getOr(Keys.TITLE, ""), language, f.getOr(Keys.OWNER, ""), f.getOr(Keys.TAGLINE, ""),
                        f.get(Keys.REVIEW_INTERVAL), f.getOr(Keys.FORBIDDEN_PHRASES, List.of()), f.getOr(Keys.TOPICS, Map.of()), lines);
            }
            case MEDICAL_DISCLAIMER -> {
                refuseImages(body, path, "the medical disclaimer", diagnostics);
                if (!StandaloneHtml.hasVisibleText(body.html())) {
                    diagnostics.error(path, bodyLine, "the medical disclaimer is empty");
                }
                yield new MedicalDisclaimer(path, body.html());
            }
        };
    }

    /** A disclaimer is text every page carries: an image in it is an error at its line. */
    private static void refuseImages(MarkdownResult body, String path, String what, Diagnostics diagnostics) {
        for (org.sitegen.model.ImageUse use : body.images()) {
            diagnostics.error(path, use.line(), "image '" + use.src() + "' in " + what + ": a disclaimer is text on every page; "
                    + "remove the image and say it in words");
        }
    }

    /** The file line of the first non-blank line of a body that starts on {@code bodyLine}. */
    private static int firstTextLine(String body, int bodyLine) {
        int line = bodyLine;
        for (String l : body.lines().toList()) {
            if (!l.isBlank()) {
                return line;
            }
            line++;
        }
        return bodyLine;
    }

    private static PageRules rules(Fields f) {
        return new PageRules(f.getOr(Keys.PRODUCTS, List.of()), f.get(Keys.REGIONS), f.getOr(Keys.EXCLUDE_REGIONS, List.of()));
    }

    /**
     * The first sentence of a rendered definition, as plain text, from the text outside its region passages: the
     * tooltip, search summary and structured data of every edition use it, so a passage for one region must not
     * supply it.
     */
    static String firstSentence(String html) {
        return firstSentence(html, true, Locale.ENGLISH);
    }

    /** The first sentence of a rendered definition in {@code locale}'s sentence rules, as plain text, outside region passages. */
    static String firstSentence(String html, Locale locale) {
        return firstSentence(html, true, locale);
    }

    private static String firstSentence(String html, boolean withoutRegionPassages) {
        return firstSentence(html, withoutRegionPassages, Locale.ENGLISH);
    }

    private static String firstSentence(String html, boolean withoutRegionPassages, Locale locale) {
        Element body = Jsoup.parseBodyFragment(html).body();
        if (withoutRegionPassages) {
            body.select("[" + Markers.REGION_BLOCK + "]").remove();
        }
        String text = body.text().strip();
        if (text.isEmpty()) {
            return "";
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(text);
        int end = sentences.next();
        return (end == BreakIterator.DONE ? text : text.substring(0, end)).strip();
    }

}
