package org.sitegen.render;

import static org.sitegen.render.Model.of;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.sitegen.link.RelatedContent;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Heading;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.Product;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;

/**
 * Builds the template model of every page of every edition and hands it to a {@link PageSink}.
 * Each edition is a complete site under {@code <code>/}; the output root holds the region chooser and a
 * sitemap index.
 */
public final class EditionRenderer {
    private static final DateTimeFormatter DISPLAY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int TOC_MIN_HEADINGS = 3;
    /** Articles listed per topic on the home page; the topic's own page lists them all. */
    private static final int HOME_PER_TOPIC = 12;
    private static final String LUNR_VERSION = "2.3.9";
    private final JsonLd jsonLd = new JsonLd();
    private final org.sitegen.search.SearchIndexWriter searchIndex = new org.sitegen.search.SearchIndexWriter();
    private final java.util.concurrent.atomic.AtomicLong searchNanos = new java.util.concurrent.atomic.AtomicLong();
    /** Search words per page, with the glossary-link set they were built from (shared by editions that share it). */
    private final Map<PageId, Map.Entry<Set<String>, String>> searchWords = new java.util.concurrent.ConcurrentHashMap<>();

    private final SiteContent content;
    private final List<Edition> editions;
    private final SiteIndex index;
    private final Map<PageId, ProcessedBody> bodies;
    private final RelatedContent related;
    private final SiteSettings settings;
    private final Map<String, Product> products = new TreeMap<>();
    private final Map<String, EditionLinks> links;

    public EditionRenderer(SiteContent content, List<Edition> editions, SiteIndex index, Map<PageId, ProcessedBody> bodies,
                           RelatedContent related, Map<String, EditionLinks> links, SiteSettings settings) {
        this.links = links;
        this.content = content;
        this.editions = editions;
        this.index = index;
        this.bodies = bodies;
        this.related = related;
        this.settings = settings;
        content.products().forEach(p -> products.put(p.id(), p));
    }

    /** Time spent building search indexes, summed over editions (for the benchmark). */
    public java.time.Duration searchIndexTime() {
        return java.time.Duration.ofNanos(searchNanos.get());
    }

    /** Renders everything; returns the number of pages written. */
    public int render(PageSink sink) throws Exception {
        // editions are independent: render them in parallel (the sink and JBake's renderer are thread-safe)
        int count = editions.parallelStream().mapToInt(edition -> {
            try {
                return new EditionPages(edition).render(sink);
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }).sum();
        List<Object> regions = new ArrayList<>();
        List<Object> sitemaps = new ArrayList<>();
        for (Edition edition : editions) {
            regions.add(of("code", edition.code(), "name", edition.region().name(), "lang", edition.region().lang(),
                    "href", edition.code() + "/", "isDefault", edition.region().isDefault()));
            sitemaps.add(of("loc", settings.absolute(edition.code() + "/sitemap.xml")));
        }
        String defaultLang = editions.stream().filter(e -> e.region().isDefault()).map(e -> e.region().lang()).findFirst().orElse("en");
        sink.write("index.html", "chooser", of("site", of("title", settings.title(), "root", "", "assets", "", "lang", defaultLang,
                "liveReload", settings.liveReload()), "regions", regions, "medicalHtml", medicalHtml()));
        sink.write("sitemap.xml", "sitemap-index", of("sitemaps", sitemaps));
        sink.writeFile("js/lunr.min.js", lunr());
        return count + 2;
    }

    /** Lunr, from its WebJar on the classpath: the site never loads scripts from elsewhere. */
    private static String lunr() throws java.io.IOException {
        String resource = "META-INF/resources/webjars/lunr/" + LUNR_VERSION + "/lunr.min.js";
        try (java.io.InputStream in = EditionRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new java.io.IOException("missing " + resource + " on the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private String medicalHtml() {
        return content.medicalDisclaimer().map(m -> m.html()).orElse("");
    }

    /** The pages of one edition. */
    private final class EditionPages {
        private final Edition edition;
        private final List<Article> articles;
        private final List<FaqEntry> faq;
        private final Map<PageId, List<PageId>> backlinks;
        private final Map<String, List<PageId>> usedIn;

        EditionPages(Edition edition) {
            this.edition = edition;
            this.articles = content.articles().stream().filter(a -> edition.has(a.id())).toList();
            this.faq = content.faq().stream().filter(f -> edition.has(f.id())).toList();
            EditionLinks edges = links.get(edition.code());
            this.backlinks = edges.backlinks();
            this.usedIn = edges.usedIn();
        }

        int render(PageSink sink) throws Exception {
            int count = 0;
            for (Article article : articles) {
                write(sink, Urls.article(article.slug()), "article", articleModel(article));
                count++;
            }
            write(sink, Urls.HOME, "home", homeModel());
            write(sink, Urls.FAQ, "faq", faqModel());
            write(sink, Urls.GLOSSARY, "glossary", glossaryModel());
            Map<String, List<Article>> tags = tags();
            write(sink, Urls.TAGS, "tags", tagsModel(tags));
            for (Map.Entry<String, List<Article>> tag : tags.entrySet()) {
                write(sink, Urls.tag(tag.getKey()), "tag", tagModel(tag.getKey(), tag.getValue()));
                count++;
            }
            write(sink, Urls.NOT_FOUND, "notfound", base(Urls.NOT_FOUND, "notfound", "Page not found",
                    "The page you asked for is not part of this edition.", List.of(), List.of()));
            sink.write(edition.code() + "/sitemap.xml", "sitemap", sitemapModel(tags));
            sink.write(edition.code() + "/feed.xml", "feed", feedModel());
            write(sink, Urls.SEARCH, "search", base(Urls.SEARCH, "search", "Search", "Search the articles, questions and glossary of this edition.",
                    List.of(), List.of(of("title", "Search", "href", ""))));
            long start = System.nanoTime();
            String json = searchIndex.write(searchDocuments());
            searchNanos.addAndGet(System.nanoTime() - start);
            sink.writeFile(edition.code() + "/" + Urls.SEARCH + "index.json", json);
            return count + 8;
        }

        /**
         * A page's searchable words: tags, headings, the glossary terms its body links and its keywords. Editions that
         * share the body's glossary links (the same set) share the string, so it is built once per page.
         */
        private String searchWords(Page page, List<String> tags, List<Heading> headings) {
            ProcessedBody body = bodies.get(page.id());
            Set<String> terms = body.terms().getOrDefault(edition.code(), Set.of());
            Map.Entry<Set<String>, String> known = searchWords.get(page.id());
            if (known != null && known.getKey() == terms) {
                return known.getValue();
            }
            StringBuilder words = new StringBuilder();
            tags.forEach(t -> words.append(t).append(' '));
            headings.stream().filter(h -> h.shownIn(edition.code())).forEach(h -> words.append(h.text()).append(' '));
            terms.stream().sorted().forEach(t -> words.append(index.title(PageId.glossary(t))).append(' '));
            body.keywords().getOrDefault(edition.code(), List.of()).forEach(k -> words.append(k).append(' '));
            String joined = words.toString().strip();
            searchWords.put(page.id(), Map.entry(terms, joined));
            return joined;
        }

        /** This edition's pages for the search index, with URLs relative to the search page. */
        private List<org.sitegen.search.SearchDocument> searchDocuments() {
            String root = Urls.rootPrefix(Urls.SEARCH);
            List<org.sitegen.search.SearchDocument> documents = new ArrayList<>();
            for (Article a : articles) {
                documents.add(new org.sitegen.search.SearchDocument(root + Urls.of(a.id()), a.title(), "article", a.summary(),
                        searchWords(a, a.tags(), a.body().headings())));
            }
            for (FaqEntry f : faq) {
                documents.add(new org.sitegen.search.SearchDocument(root + Urls.of(f.id()), f.title(), "faq", "FAQ: " + f.topic(),
                        searchWords(f, List.of(), List.of())));
            }
            for (GlossaryEntry g : content.glossary()) {
                List<String> words = new ArrayList<>(g.aliases());
                g.abbreviation().ifPresent(words::add);
                documents.add(new org.sitegen.search.SearchDocument(root + Urls.of(g.id()), g.term(), "glossary", g.shortDefinition(), String.join(" ", words)));
            }
            return documents;
        }

        private void write(PageSink sink, String pagePath, String type, Map<String, Object> model) throws Exception {
            sink.write(edition.code() + "/" + Urls.file(pagePath), type, model);
        }

        private Map<String, Object> base(String pagePath, String kind, String title, String description,
                                         List<String> productIds, List<Object> crumbs) {
            return base(pagePath, kind, title, description, productIds, crumbs, e -> true);
        }

        private Map<String, Object> base(String pagePath, String kind, String title, String description,
                                         List<String> productIds, List<Object> crumbs, Predicate<Edition> presentIn) {
            // the 404 page is served at any missing URL: with --base-url its links are absolute so they work from there
            boolean absolute = kind.equals("notfound") && !settings.baseUrl().isEmpty();
            String root = absolute ? settings.absolute(edition.code() + "/") : Urls.rootPrefix(pagePath);
            List<Object> productLines = new ArrayList<>();
            for (String id : productIds) {
                Product product = products.get(id);
                if (product != null) {
                    productLines.add(of("id", id, "name", product.name(), "status", edition.region().statusOf(id).word(),
                            "text", ProductLines.text(product, edition.region())));
                }
            }
            List<Object> breadcrumbs = new ArrayList<>();
            breadcrumbs.add(of("title", "Home", "href", root));
            breadcrumbs.addAll(crumbs);
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < breadcrumbs.size(); i++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> crumb = (Map<String, Object>) breadcrumbs.get(i);
                String href = (String) crumb.get("href");
                String url = href.isEmpty() ? pageUrl(pagePath) : pageUrl(resolveAgainst(pagePath, href));
                items.add(of("@type", "ListItem", "position", i + 1, "name", crumb.get("title"), "item", url));
            }
            List<String> structured = new ArrayList<>();
            structured.add(jsonLd.write(of("@context", "https://schema.org", "@type", "BreadcrumbList", "itemListElement", items)));
            return of(
                    "jsonLd", structured,
                    "site", of("title", settings.title(), "root", root, "assets", absolute ? settings.absolute("") : root + "../", "code", edition.code(),
                            "regionName", edition.region().name(), "lang", edition.region().lang(), "liveReload", settings.liveReload()),
                    "page", of("kind", kind, "title", title, "description", description, "path", pagePath,
                            "canonical", settings.baseUrl().isEmpty() ? "" : settings.absolute(edition.code() + "/" + pagePath),
                            "ogLocale", edition.region().lang().replace('-', '_'), "ogType", kind.equals("article") ? "article" : "website"),
                    "disclaimer", of("code", edition.code(), "medicalHtml", medicalHtml(), "regionHtml", edition.region().disclaimerHtml(),
                            "products", productLines),
                    "alternates", alternates(pagePath, presentIn, absolute),
                    "breadcrumbs", breadcrumbs,
                    "notice", List.of());
        }

        /** The URL of an edition page: absolute with {@code --base-url}, else relative to the edition root. */
        private String pageUrl(String pagePath) {
            return settings.baseUrl().isEmpty() ? (pagePath.isEmpty() ? "./" : pagePath) : settings.absolute(edition.code() + "/" + pagePath);
        }

        /** Edition-relative path of {@code href} (relative to {@code pagePath}). */
        private String resolveAgainst(String pagePath, String href) {
            String relative = Urls.rootPrefix(pagePath);
            return href.startsWith(relative) ? href.substring(relative.length()) : href;
        }

        @SuppressWarnings("unchecked")
        private void addJsonLd(Map<String, Object> model, Map<String, Object> data) {
            ((List<String>) model.get("jsonLd")).add(jsonLd.write(data));
        }

        private List<Object> alternates(String pagePath, Predicate<Edition> presentIn, boolean absolute) {
            List<Object> alternates = new ArrayList<>();
            String root = Urls.rootPrefix(pagePath);
            for (Edition other : editions) {
                if (presentIn.test(other)) {
                    String href = absolute ? settings.absolute(other.code() + "/" + pagePath) : root + "../" + other.code() + "/" + pagePath;
                    alternates.add(of("code", other.code(), "name", other.region().name(), "lang", other.region().lang(),
                            "href", href, "current", other == edition));
                }
            }
            return alternates;
        }

        private Map<String, Object> articleModel(Article article) {
            String path = Urls.article(article.slug());
            String root = Urls.rootPrefix(path);
            Map<String, Object> model = base(path, "article", article.title(), article.summary(), article.rules().products(),
                    List.of(of("title", article.title(), "href", "")), e -> e.has(article.id()));
            List<String> missing = edition.unavailableProducts().getOrDefault(article.id(), List.of());
            model.put("notice", missing.stream().map(id -> products.get(id).name()).toList());
            List<Object> toc = new ArrayList<>();
            List<Heading> headings = article.body().headings().stream()
                    .filter(h -> h.level() <= 3 && h.shownIn(edition.code())).toList();
            if (headings.size() >= TOC_MIN_HEADINGS) {
                headings.forEach(h -> toc.add(of("id", h.id(), "title", h.text(), "level", h.level())));
            }
            Map<String, Object> page = of("@context", "https://schema.org", "@type", "MedicalWebPage", "name", article.title(),
                    "headline", article.title(), "description", article.summary(), "datePublished", article.date().toString(),
                    "inLanguage", edition.region().lang(), "url", pageUrl(path));
            article.reviewed().ifPresent(d -> page.put("lastReviewed", d.toString()));
            article.reviewer().ifPresent(r -> page.put("reviewedBy", of("@type", "Person", "name", r)));
            article.audience().ifPresent(a -> page.put("audience", of("@type", a.equals("professional") ? "MedicalAudience" : "PeopleAudience",
                    "audienceType", a)));
            addJsonLd(model, page);
            model.put("article", of(
                    "slug", article.slug(),
                    "title", article.title(),
                    "summary", article.summary(),
                    "date", article.date().toString(),
                    "dateDisplay", DISPLAY_DATE.format(article.date()),
                    "reviewed", article.reviewed().map(LocalDate::toString).orElse(""),
                    "reviewedDisplay", article.reviewed().map(DISPLAY_DATE::format).orElse(""),
                    "reviewer", article.reviewer().orElse(""),
                    "audience", article.audience().orElse(""),
                    "tags", article.tags().stream().map(t -> of("name", t, "href", root + Urls.tag(t))).toList(),
                    "bodyHtml", bodies.get(article.id()).html().get(edition.code()),
                    "toc", toc,
                    "related", related.of(article.id(), edition::has).stream().map(id -> link(id, root)).toList(),
                    "backlinks", backlinks.getOrDefault(article.id(), List.of()).stream().map(id -> link(id, root)).toList()));
            return model;
        }

        private Map<String, Object> link(PageId id, String root) {
            String summary = index.page(id).filter(p -> p instanceof Article).map(p -> ((Article) p).summary()).orElse("");
            return of("title", index.title(id), "href", root + Urls.of(id), "kind", id.kind().name().toLowerCase(Locale.ROOT),
                    "summary", summary);
        }

        private Map<String, Object> homeModel() {
            Map<String, Object> model = base(Urls.HOME, "home", settings.title(),
                    "Educational articles and answers about interventional pain management.", List.of(), List.of());
            List<Object> groups = new ArrayList<>();
            for (Map.Entry<String, List<Article>> tag : tags().entrySet()) {
                groups.add(of("name", tag.getKey(), "href", Urls.tag(tag.getKey()), "total", tag.getValue().size(),
                        "articles", tag.getValue().stream().limit(HOME_PER_TOPIC).map(a -> link(a.id(), "")).toList()));
            }
            List<Article> untagged = articles.stream().filter(a -> a.tags().isEmpty()).toList();
            if (!untagged.isEmpty()) {
                groups.add(of("name", "other", "href", "", "total", untagged.size(),
                        "articles", untagged.stream().map(a -> link(a.id(), "")).toList()));
            }
            model.put("groups", groups);
            model.put("faqCount", faq.size());
            return model;
        }

        private Map<String, Object> faqModel() {
            List<String> productIds = faq.stream().flatMap(f -> f.rules().products().stream()).distinct().sorted().toList();
            Map<String, Object> model = base(Urls.FAQ, "faq", "Frequently asked questions",
                    "Short answers to common questions about interventional pain management.", productIds,
                    List.of(of("title", "FAQ", "href", "")));
            String root = Urls.rootPrefix(Urls.FAQ);
            Map<String, List<FaqEntry>> byTopic = new TreeMap<>();
            faq.forEach(f -> byTopic.computeIfAbsent(f.topic(), k -> new ArrayList<>()).add(f));
            List<Object> topics = new ArrayList<>();
            for (Map.Entry<String, List<FaqEntry>> topic : byTopic.entrySet()) {
                List<Object> entries = topic.getValue().stream().sorted(Comparator.comparing(FaqEntry::title).thenComparing(FaqEntry::slug))
                        .map(f -> (Object) of("slug", f.slug(), "question", f.title(),
                                "answerHtml", bodies.get(f.id()).html().get(edition.code()),
                                "related", f.related().stream().map(PageId::article).filter(edition::has).map(id -> link(id, root)).toList(),
                                "notice", edition.unavailableProducts().getOrDefault(f.id(), List.of()).stream()
                                        .map(id -> products.get(id).name()).toList()))
                        .toList();
                topics.add(of("name", topic.getKey(), "id", "topic-" + (topics.size() + 1), "entries", entries));
            }
            model.put("topics", topics);
            List<Object> questions = new ArrayList<>();
            faq.stream().sorted(Comparator.comparing(FaqEntry::slug)).forEach(f -> questions.add(of("@type", "Question", "name", f.title(),
                    "acceptedAnswer", of("@type", "Answer", "text", org.jsoup.Jsoup.parseBodyFragment(bodies.get(f.id()).html().get(edition.code())).text()))));
            addJsonLd(model, of("@context", "https://schema.org", "@type", "FAQPage", "inLanguage", edition.region().lang(), "mainEntity", questions));
            return model;
        }

        private Map<String, Object> glossaryModel() {
            Map<String, Object> model = base(Urls.GLOSSARY, "glossary", "Glossary",
                    "Definitions of the medical terms used on this site.", List.of(), List.of(of("title", "Glossary", "href", "")));
            String root = Urls.rootPrefix(Urls.GLOSSARY);
            Map<String, List<GlossaryEntry>> byLetter = new TreeMap<>();
            content.glossary().stream()
                    .sorted(Comparator.comparing((GlossaryEntry g) -> g.term().toLowerCase(Locale.ROOT)).thenComparing(GlossaryEntry::slug))
                    .forEach(g -> byLetter.computeIfAbsent(letter(g.term()), k -> new ArrayList<>()).add(g));
            List<Object> letters = new ArrayList<>();
            for (Map.Entry<String, List<GlossaryEntry>> letter : byLetter.entrySet()) {
                List<Object> entries = letter.getValue().stream().map(g -> (Object) of(
                        "slug", g.slug(), "term", g.term(), "abbreviation", g.abbreviation().orElse(""), "aliases", g.aliases(),
                        "definitionHtml", bodies.get(g.id()).html().get(edition.code()),
                        "seeAlso", g.seeAlso().stream().map(s -> of("term", index.title(PageId.glossary(s)), "href", "#" + s)).toList(),
                        // two parallel lists instead of a map per link: a common term is used by hundreds of pages
                        "usedInTitles", usedIn.getOrDefault(g.slug(), List.of()).stream().map(index::title).toList(),
                        "usedInHrefs", usedIn.getOrDefault(g.slug(), List.of()).stream().map(id -> root + Urls.of(id)).toList())).toList();
                letters.add(of("letter", letter.getKey(), "id", "letter-" + letter.getKey().toLowerCase(Locale.ROOT), "entries", entries));
            }
            List<Object> index = new ArrayList<>();
            for (char c = 'A'; c <= 'Z'; c++) {
                String l = String.valueOf(c);
                index.add(of("letter", l, "href", byLetter.containsKey(l) ? "#letter-" + l.toLowerCase(Locale.ROOT) : ""));
            }
            model.put("letters", letters);
            List<Object> terms = new ArrayList<>();
            content.glossary().forEach(g -> terms.add(of("@type", "DefinedTerm", "name", g.term(), "description", g.shortDefinition(),
                    "url", pageUrl(Urls.of(g.id())))));
            addJsonLd(model, of("@context", "https://schema.org", "@type", "DefinedTermSet", "name", settings.title() + " glossary",
                    "inLanguage", edition.region().lang(), "hasDefinedTerm", terms));
            model.put("letterIndex", index);
            return model;
        }

        private static String letter(String term) {
            char c = Character.toUpperCase(term.charAt(0));
            return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
        }

        private Map<String, List<Article>> tags() {
            Map<String, List<Article>> tags = new TreeMap<>();
            for (Article a : articles) {
                a.tags().forEach(t -> tags.computeIfAbsent(t, k -> new ArrayList<>()).add(a));
            }
            tags.values().forEach(list -> list.sort(Comparator.comparing(Article::title).thenComparing(Article::slug)));
            return tags;
        }

        private Map<String, Object> tagsModel(Map<String, List<Article>> tags) {
            Map<String, Object> model = base(Urls.TAGS, "tags", "Topics", "All topics covered on this site.", List.of(),
                    List.of(of("title", "Topics", "href", "")));
            model.put("tags", tags.entrySet().stream().map(e -> of("name", e.getKey(), "href", "../" + Urls.tag(e.getKey()),
                    "count", e.getValue().size())).toList());
            return model;
        }

        private Map<String, Object> tagModel(String tag, List<Article> tagged) {
            String path = Urls.tag(tag);
            String root = Urls.rootPrefix(path);
            Map<String, Object> model = base(path, "tag", "Topic: " + tag, "Articles about " + tag + ".", List.of(),
                    List.of(of("title", "Topics", "href", root + Urls.TAGS), of("title", tag, "href", "")),
                    e -> content.articles().stream().anyMatch(a -> e.has(a.id()) && a.tags().contains(tag)));
            model.put("tag", of("name", tag, "articles", tagged.stream().map(a -> link(a.id(), root)).toList()));
            return model;
        }

        private Map<String, Object> sitemapModel(Map<String, List<Article>> tags) {
            String prefix = edition.code() + "/";
            List<Object> urls = new ArrayList<>();
            urls.add(of("loc", settings.absolute(prefix), "lastmod", ""));
            for (Article a : articles) {
                urls.add(of("loc", settings.absolute(prefix + Urls.article(a.slug())), "lastmod", a.reviewed().orElse(a.date()).toString()));
            }
            for (String p : List.of(Urls.FAQ, Urls.GLOSSARY, Urls.TAGS)) {
                urls.add(of("loc", settings.absolute(prefix + p), "lastmod", ""));
            }
            tags.keySet().forEach(t -> urls.add(of("loc", settings.absolute(prefix + Urls.tag(t)), "lastmod", "")));
            return of("urls", urls);
        }

        private Map<String, Object> feedModel() {
            String prefix = edition.code() + "/";
            List<Article> newest = articles.stream()
                    .sorted(Comparator.comparing(Article::date).reversed().thenComparing(Article::slug)).limit(50).toList();
            String updated = newest.isEmpty() ? "1970-01-01" : newest.get(0).date().toString();
            List<Object> entries = newest.stream().map(a -> (Object) of(
                    "title", a.title(), "summary", a.summary(), "updated", a.date() + "T00:00:00Z",
                    "href", settings.baseUrl().isEmpty() ? Urls.article(a.slug()) : settings.absolute(prefix + Urls.article(a.slug())),
                    "id", "urn:sitegen:" + edition.code() + ":article:" + a.slug())).toList();
            return of("feed", of("title", settings.title() + " (" + edition.region().name() + ")",
                    "id", "urn:sitegen:" + edition.code() + ":feed",
                    "updated", updated + "T00:00:00Z",
                    "self", settings.baseUrl().isEmpty() ? "feed.xml" : settings.absolute(prefix + "feed.xml"),
                    "home", settings.baseUrl().isEmpty() ? "./" : settings.absolute(prefix),
                    "lang", edition.region().lang(),
                    "entries", entries));
        }
    }
}
