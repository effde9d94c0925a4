package org.sitegen.load;

import java.text.BreakIterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
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

/** Turns one content file into its typed record: front matter validated, Markdown rendered once. */
public final class ContentReader {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REGION_CODE = Pattern.compile("[a-z0-9]+");
    /** Folders of the output root (assets) and of every edition: a region with one of these codes would merge into it. */
    private static final SortedSet<String> RESERVED_REGION_CODES = new TreeSet<>(List.of(
            "articles", "assets", "css", "faq", "fonts", "glossary", "images", "img", "js", "media", "search", "tags"));

    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final FrontMatterValidator validator;
    private final MarkdownConverter markdown;

    public ContentReader(FrontMatterSchema schema, MarkdownConverter markdown) {
        this.validator = new FrontMatterValidator(schema);
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
                    + "glossary terms in content/glossary/, regions in content/regions/ and products in content/products/");
            return Optional.empty();
        }
        String slug = relative.substring(relative.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
        Pattern namePattern = kind.get() == DocumentKind.REGION ? REGION_CODE : SLUG;
        if (kind.get() != DocumentKind.MEDICAL_DISCLAIMER && !namePattern.matcher(slug).matches()) {
            diagnostics.error(path, 0, "file name '" + slug + "' must be lowercase letters and digits"
                    + (kind.get() == DocumentKind.REGION ? "" : " separated by single hyphens"));
            return Optional.empty();
        }
        if (kind.get() == DocumentKind.REGION && RESERVED_REGION_CODES.contains(slug)) {
            diagnostics.error(path, 0, "region code '" + slug + "' is reserved for a folder of the output ("
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
        MarkdownResult body = markdown.convert(path, front.get().body(), front.get().bodyLine(), local);
        if (kind.get() == DocumentKind.REGION || kind.get() == DocumentKind.PRODUCT || kind.get() == DocumentKind.MEDICAL_DISCLAIMER) {
            for (org.sitegen.model.SourceLink link : body.links()) {
                local.error(path, link.line(), "links to pages are not allowed here: this text is shown on every page of an edition "
                        + "(links to other sites are fine)");
            }
        }
        if ((kind.get() == DocumentKind.ARTICLE || kind.get() == DocumentKind.FAQ) && front.get().body().isBlank()) {
            local.warning(path, front.get().bodyLine() - 1, "the page has no text below its front matter");
        }
        ContentDocument document = build(kind.get(), slug, path, fields, body, front.get().body(), local);
        diagnostics.addAll(local);
        return local.hasErrors() ? Optional.empty() : Optional.of(document);
    }

    private ContentDocument build(DocumentKind kind, String slug, String path, Fields f, MarkdownResult body,
                                  String markdownBody, Diagnostics diagnostics) {
        return switch (kind) {
            case ARTICLE -> new Article(slug, path, f.textOr("title", slug), f.textOr("summary", ""),
                    f.date("date").orElse(java.time.LocalDate.EPOCH), f.date("reviewed"), f.text("reviewer"),
                    f.list("tags").stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList(), f.text("audience"),
                    f.flag("draft", false), f.flag("glossary", true), rules(f), f.list("related"), body, f);
            case FAQ -> new FaqEntry(slug, path, f.textOr("title", slug), f.textOr("topic", ""), f.date("date"),
                    f.date("reviewed"), f.text("reviewer"), f.flag("draft", false), f.flag("glossary", true),
                    rules(f), f.list("related"), body, f);
            case GLOSSARY -> {
                String definition = firstSentence(body.html());
                if (definition.isEmpty()) {
                    diagnostics.error(path, f.firstLine(), "empty definition: write the definition below the front matter");
                }
                yield new GlossaryEntry(slug, path, f.textOr("term", slug), f.list("aliases"), f.text("abbreviation"),
                        f.list("see_also"), body, definition, f);
            }
            case REGION -> {
                if (markdownBody.isBlank()) {
                    diagnostics.error(path, f.firstLine(), "region without disclaimer text: write the regulatory disclaimer below the front matter");
                }
                Map<String, org.sitegen.load.ProductStatus> statuses = new LinkedHashMap<>();
                f.<String>map("products").forEach((id, s) -> statuses.put(id, ProductStatus.of(s).orElseThrow()));
                Region.UnavailablePolicy policy = f.textOr("unavailable", "omit").equals("notice")
                        ? Region.UnavailablePolicy.NOTICE : Region.UnavailablePolicy.OMIT;
                yield new Region(slug, path, f.textOr("name", slug), f.textOr("lang", "en"), f.flag("default", false),
                        statuses, policy, f.map("wording"), body.html(), f);
            }
            case PRODUCT -> new Product(slug, path, f.textOr("name", slug), f.text("summary"), f.map("wording"), f);
            case MEDICAL_DISCLAIMER -> {
                if (markdownBody.isBlank()) {
                    diagnostics.error(path, f.firstLine(), "the medical disclaimer is empty");
                }
                yield new MedicalDisclaimer(path, body.html());
            }
        };
    }

    private static PageRules rules(Fields f) {
        return new PageRules(f.list("products"), f.list("regions"), f.list("exclude_regions"));
    }

    /** The first sentence of a rendered definition, as plain text. */
    static String firstSentence(String html) {
        String text = Jsoup.parseBodyFragment(html).text().strip();
        if (text.isEmpty()) {
            return "";
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        sentences.setText(text);
        int end = sentences.next();
        return (end == BreakIterator.DONE ? text : text.substring(0, end)).strip();
    }

}
