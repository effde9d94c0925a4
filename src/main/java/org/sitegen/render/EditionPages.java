package org.sitegen.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.sitegen.lang.Alphabet;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.lang.Shown;
import org.sitegen.model.TranslationKey;
import org.sitegen.lang.Languages;
import org.sitegen.lang.Messages;
import org.sitegen.link.RelatedContent;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.Article;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.Heading;
import org.sitegen.model.PageId;
import org.sitegen.model.Product;
import org.sitegen.model.SiteContent;
import org.sitegen.model.SitePage;
import org.sitegen.region.Edition;
import org.sitegen.review.ReviewSchedule;
import org.sitegen.render.view.ArticlePage;
import org.sitegen.render.view.FaqPage;
import org.sitegen.render.view.FeedPage;
import org.sitegen.render.view.GlossaryPage;
import org.sitegen.render.view.HomePage;
import org.sitegen.render.view.Layout;
import org.sitegen.render.view.LinkView;
import org.sitegen.render.view.PlainPage;
import org.sitegen.render.view.SitemapPage;
import org.sitegen.render.view.StaticPage;
import org.sitegen.render.view.TagPage;
import org.sitegen.render.view.TagsPage;
import org.sitegen.search.SearchDocument;
import org.sitegen.search.SearchIndexBuilder;
import org.sitegen.search.SearchLanguage;

/** The pages of one edition, each as its typed view. */
final class EditionPages {
    private static final int TOC_MIN_HEADINGS = 3;
    /** Articles listed per topic on the home page; the topic's own page lists them all. */
    private static final int HOME_PER_TOPIC = 12;
    /** FAQ questions listed per topic on the home page. */
    private static final int HOME_QUESTIONS_PER_TOPIC = 6;

    private final SiteContent content;
    private final Edition edition;
    private final List<Edition> editions;
    private final SiteIndex index;
    private final Map<PageId, ProcessedBody> bodies;
    private final RelatedContent related;
    private final RenderSettings settings;
    private final SearchWords searchWords;
    private final List<Article> articles;
    private final List<FaqEntry> faq;
    private final List<SitePage> sitePages;
    private final Map<PageId, List<PageId>> backlinks;
    private final Map<String, List<PageId>> usedIn;
    private final Map<String, Product> products = new TreeMap<>();
    private final JsonLd jsonLd = new JsonLd();
    private final ReviewSchedule reviews;
    private final String medicalHtml;
    private final EditionTopics topics;
    private final Messages messages;
    private final String lang;
    /** What this edition shows in its language, and the content as it shows it. */
    private final EditionLanguage language;
    private final Map<String, EditionLanguage> languages;
    /** The content in its own language, for what translations take from their sources (dates). */
    private final SiteContent source;
    private long searchNanos;

    EditionPages(SiteContent content, Edition edition, List<Edition> editions, SiteIndex index, Map<PageId, ProcessedBody> bodies,
                 RelatedContent related, EditionLinks links, RenderSettings settings, SearchWords searchWords, Messages messages,
                 Map<String, EditionLanguage> languages) {
        this.languages = languages;
        this.language = languages.get(edition.code());
        this.source = content;
        content = language.content();
        this.content = content;
        this.edition = edition;
        this.editions = editions;
        this.index = index;
        this.bodies = bodies;
        this.related = related;
        this.settings = settings;
        this.searchWords = searchWords;
        this.articles = content.articles().stream().filter(a -> edition.has(a.id())).toList();
        this.faq = content.faq().stream().filter(f -> edition.has(f.id())).toList();
        this.sitePages = content.pages().stream().filter(p -> edition.has(p.id()))
                .sorted(Comparator.comparing(SitePage::title, java.text.Collator.getInstance(Languages.locale(edition.region().lang())))
                        .thenComparing(SitePage::slug)).toList();
        this.backlinks = links.backlinks();
        this.usedIn = links.usedIn();
        this.medicalHtml = content.medicalDisclaimer().map(m -> m.html()).orElse("");
        this.messages = messages;
        this.lang = edition.region().lang();
        content.products().forEach(p -> products.put(p.id(), p));
        this.reviews = new ReviewSchedule(content.site());
        this.topics = new EditionTopics(articles, faq, content.site().topics(), language.words().topics(), language.wordLang(false),
                Locale.forLanguageTag(content.site().language()), Languages.locale(lang));
    }

    /** The same edition's pages with other bodies (the preview's rebuild of one edited page): nothing is computed again. */
    EditionPages withBodies(Map<PageId, ProcessedBody> bodies) {
        return new EditionPages(this, bodies);
    }

    private EditionPages(EditionPages base, Map<PageId, ProcessedBody> bodies) {
        this.content = base.content;
        this.edition = base.edition;
        this.editions = base.editions;
        this.index = base.index;
        this.bodies = bodies;
        this.related = base.related;
        this.settings = base.settings;
        this.searchWords = base.searchWords;
        this.articles = base.articles;
        this.faq = base.faq;
        this.sitePages = base.sitePages;
        this.backlinks = base.backlinks;
        this.usedIn = base.usedIn;
        this.products.putAll(base.products);
        this.reviews = base.reviews;
        this.medicalHtml = base.medicalHtml;
        this.topics = base.topics;
        this.messages = base.messages;
        this.lang = base.lang;
        this.language = base.language;
        this.languages = base.languages;
        this.source = base.source;
    }

    long searchNanos() {
        return searchNanos;
    }

    /** One file of the edition to write. */
    @FunctionalInterface
    private interface Job {
        void run() throws Exception;
    }

    int render(PageSink sink) throws Exception {
        // every file of the edition is independent of the others: they are written in parallel (the sink is thread-safe),
        // the search index first, as it is the longest single job and needs no page; every job finishes or fails before
        // the first failure is reported
        List<Job> jobs = new ArrayList<>();
        jobs.add(() -> searchIndex(sink));
        for (Article article : articles) {
            jobs.add(() -> write(sink, Urls.article(article.slug()), article(article)));
        }
        for (SitePage page : sitePages) {
            jobs.add(() -> write(sink, Urls.page(page.slug()), sitePage(page)));
        }
        jobs.add(() -> write(sink, Urls.HOME, home()));
        jobs.add(() -> write(sink, Urls.FAQ, faqPage()));
        jobs.add(() -> write(sink, Urls.GLOSSARY, glossary()));
        jobs.add(() -> write(sink, Urls.TAGS, tagsPage()));
        for (EditionTopics.Topic topic : topics.all()) {
            jobs.add(() -> write(sink, Urls.tag(topic.slug()), tagPage(topic)));
        }
        jobs.add(() -> write(sink, Urls.NOT_FOUND, new PlainPage(layout(Urls.NOT_FOUND, "notfound", messages.get("notfound.title"),
                messages.get("notfound.description"), List.of(), List.of(), e -> true, List.of()), "notfound")));
        jobs.add(() -> sink.write(edition.code() + "/sitemap.xml", sitemap()));
        jobs.add(() -> sink.write(edition.code() + "/feed.xml", feed()));
        jobs.add(() -> write(sink, Urls.SEARCH, new PlainPage(layout(Urls.SEARCH, "search", messages.get("search.title"),
                messages.get("search.description"), List.of(),
                List.of(new Layout.Crumb(messages.get("search.title"), "")), e -> true, List.of()), "search")));
        Optional<Exception> failure = jobs.parallelStream().map(job -> {
            try {
                job.run();
                return null;
            } catch (Exception e) {
                return e;
            }
        }).filter(java.util.Objects::nonNull).findFirst();
        if (failure.isPresent()) {
            throw failure.get();
        }
        // the pages above: articles, site pages, topic pages, home, FAQ, glossary, topics, 404, sitemap, feed, search
        return articles.size() + sitePages.size() + topics.all().size() + 8;
    }

    private void searchIndex(PageSink sink) throws Exception {
        long start = System.nanoTime();
        String folder = edition.code() + "/" + Urls.SEARCH;
        new SearchIndexBuilder(SearchLanguage.of(edition.region().lang())).build(searchDocuments(),
                (path, text) -> sink.writeFile(folder + path, text));
        searchNanos += System.nanoTime() - start;
    }

    /**
     * Writes the one page of this edition that shows the body of {@code id} (an article's page, or the FAQ page for
     * an entry), as {@link #render} writes it; returns its output path, or empty when this edition does not show it.
     */
    Optional<String> renderPage(PageId id, PageSink sink) throws Exception {
        if (id.kind() == PageId.Kind.ARTICLE) {
            Optional<Article> article = articles.stream().filter(a -> a.id().equals(id)).findFirst();
            if (article.isPresent()) {
                write(sink, Urls.article(article.get().slug()), article(article.get()));
                return Optional.of(edition.code() + "/" + Urls.file(Urls.article(article.get().slug())));
            }
        } else if (id.kind() == PageId.Kind.FAQ && faq.stream().anyMatch(f -> f.id().equals(id))) {
            write(sink, Urls.FAQ, faqPage());
            return Optional.of(edition.code() + "/" + Urls.file(Urls.FAQ));
        }
        return Optional.empty();
    }

    private void write(PageSink sink, String pagePath, org.sitegen.render.view.PageView view) throws Exception {
        sink.write(edition.code() + "/" + Urls.file(pagePath), view);
    }

    /** This edition's pages for the search index, with URLs relative to the search page. */
    private List<SearchDocument> searchDocuments() {
        String root = Urls.rootPrefix(Urls.SEARCH);
        List<SearchDocument> documents = new ArrayList<>();
        String code = edition.code();
        for (Article a : articles) {
            documents.add(new SearchDocument(root + Urls.of(a.id()), a.title(), "article", a.summary(),
                    searchWords.of(a, code, a.tags().stream().map(topics::name).toList(), a.body().headings()),
                    searchWords.html(a.id(), code)));
        }
        for (FaqEntry f : faq) {
            String topic = topics.name(f.topic());
            documents.add(new SearchDocument(root + Urls.of(f.id()), f.title(), "faq", messages.format("faq.search_prefix", "topic", topic),
                    topic + ". " + searchWords.of(f, code, List.of(), List.of()), searchWords.html(f.id(), code)));
        }
        for (SitePage p : sitePages) {
            documents.add(new SearchDocument(root + Urls.page(p.slug()), p.title(), "page", p.summary(),
                    searchWords.of(p, code, List.of(), p.body().headings()), searchWords.html(p.id(), code)));
        }
        for (GlossaryEntry g : content.glossary()) {
            List<String> words = new ArrayList<>(g.aliases());
            g.abbreviation().ifPresent(words::add);
            documents.add(new SearchDocument(root + Urls.of(g.id()), g.term(), "glossary", g.shortDefinition(),
                    String.join(". ", words), searchWords.html(g.id(), code)));
        }
        return documents;
    }

    /** The frame of an HTML page: site, meta, disclaimer with the product lines, alternates, breadcrumbs, JSON-LD. */
    private Layout layout(String pagePath, String kind, String title, String description, List<String> productIds,
                          List<Layout.Crumb> crumbs, Predicate<Edition> presentIn, List<Object> structured) {
        return layout(pagePath, kind, title, description, productIds, crumbs, presentIn, structured, List.of(), false, null);
    }

    /** @param page the page shown, whose language and translation notice the frame carries, or null for generated pages */
    private Layout layout(String pagePath, String kind, String title, String description, List<String> productIds,
                          List<Layout.Crumb> crumbs, Predicate<Edition> presentIn, List<Object> structured,
                          List<String> unavailable, boolean draft, PageId page) {
        // the 404 page is served at any missing URL: with --base-url its links are absolute so they work from there
        boolean absolute = kind.equals("notfound") && !settings.baseUrl().isEmpty();
        String root = absolute ? settings.absolute(edition.code() + "/") : Urls.rootPrefix(pagePath);
        List<Layout.ProductLine> productLines = new ArrayList<>();
        for (String id : productIds) {
            Product product = products.get(id);
            if (product != null) {
                // a product's own wording is in the language it is shown in; the region's and the default are the edition's
                boolean ownWording = !edition.region().wording().getOrDefault(id, Map.of()).containsKey(edition.region().statusOf(id).word())
                        && product.wording().containsKey(edition.region().statusOf(id).word());
                productLines.add(new Layout.ProductLine(id, product.name(), edition.region().statusOf(id).word(),
                        ProductLines.text(product, edition.region(), messages),
                        ownWording ? language.contentLang(TranslationKey.product(id)) : ""));
            }
        }
        List<Layout.Crumb> breadcrumbs = new ArrayList<>();
        breadcrumbs.add(new Layout.Crumb(messages.get("frame.home"), root));
        breadcrumbs.addAll(crumbs);
        List<StructuredData.ListItem> items = new ArrayList<>();
        for (int i = 0; i < breadcrumbs.size(); i++) {
            String href = breadcrumbs.get(i).href();
            String url = href.isEmpty() ? pageUrl(pagePath) : pageUrl(resolveAgainst(pagePath, href));
            items.add(new StructuredData.ListItem(i + 1, breadcrumbs.get(i).title(), url));
        }
        List<String> json = new ArrayList<>();
        json.add(jsonLd.write(new StructuredData.BreadcrumbList(items)));
        structured.forEach(s -> json.add(jsonLd.write(s)));
        Layout.Site site = new Layout.Site(siteTitle(), tagline(), settings.site().owner(), root,
                absolute ? settings.absolute("") : root + "../", edition.code(), edition.region().name(), lang, Languages.direction(lang),
                language.wordLang(language.words().title().isPresent()));
        Layout.Meta meta = new Layout.Meta(kind, title, description, pagePath,
                settings.baseUrl().isEmpty() ? "" : settings.absolute(edition.code() + "/" + pagePath),
                edition.region().lang().replace('-', '_'), kind.equals("article") ? "article" : "website", draft);
        Layout.Disclaimer disclaimer = new Layout.Disclaimer(edition.code(), medicalHtml,
                language.contentLang(TranslationKey.medicalDisclaimer()), edition.region().disclaimerHtml(), productLines);
        List<Layout.Alternate> alternates = alternates(pagePath, presentIn, absolute, page);
        String xDefault = editions.stream().filter(e -> e.region().isDefault() && presentIn.test(e)).findFirst()
                .map(e -> settings.baseUrl().isEmpty() ? Urls.rootPrefix(pagePath) + "../" + e.code() + "/" + pagePath
                        : settings.absolute(e.code() + "/" + pagePath)).orElse("");
        List<Layout.FooterLink> footer = sitePages.stream()
                .map(p -> new Layout.FooterLink(p.title(), root + Urls.page(p.slug()), Urls.page(p.slug()), language.contentLang(p.id())))
                .toList();
        return new Layout(site, meta, disclaimer, alternates, breadcrumbs, json, unavailable, xDefault, messages.strings(),
                page == null ? Layout.Translation.NONE : translation(page, pagePath), footer);
    }

    /** The site's name in this edition: its translation, else the source's. */
    private String siteTitle() {
        return language.words().title().orElse(settings.title());
    }

    /**
     * The site's tagline as this edition shows it: its translation; the source's in an edition in the content's
     * language; else empty (the home page then describes itself with the interface's words).
     */
    private String tagline() {
        return language.words().tagline().orElse(language.isSourceLanguage() ? settings.site().tagline() : "");
    }

    /** The language a page is shown in here and its notice: untranslated, outdated (with the current version's link). */
    private Layout.Translation translation(PageId page, String pagePath) {
        String sourceLang = settings.site().language();
        String sourceName = Languages.name(sourceLang, lang);
        return switch (language.of(page)) {
            case UNTRANSLATED -> new Layout.Translation("untranslated", sourceLang, "", "", sourceLang, sourceName);
            case OUTDATED_SOURCE -> new Layout.Translation("outdated_source", sourceLang, "", "", sourceLang, sourceName);
            case OUTDATED_TRANSLATION -> new Layout.Translation("outdated", "",
                    sourceUpdated(page).map(d -> Languages.date(d, lang)).orElse(""), sourceHref(page, pagePath), sourceLang, sourceName);
            default -> Layout.Translation.NONE;
        };
    }

    /**
     * The date of the current source-language version's last medical review, when it has one: the notice names it as
     * such ("last medically reviewed on"), never as the date of the change, which the content does not record.
     */
    private java.util.Optional<LocalDate> sourceUpdated(PageId page) {
        if (page.kind() == PageId.Kind.ARTICLE) {
            return source.articles().stream().filter(a -> a.id().equals(page)).findFirst().flatMap(Article::reviewed);
        }
        return source.faq().stream().filter(f -> f.id().equals(page)).findFirst().flatMap(FaqEntry::reviewed);
    }

    /**
     * Where the current source-language version of a page is published: the default region's edition when it is in
     * the source language and has the page, else the first such edition; empty when none has it.
     */
    private String sourceHref(PageId page, String pagePath) {
        return editions.stream()
                .filter(e -> languages.get(e.code()).isSourceLanguage() && e.has(page))
                .min(Comparator.comparing((Edition e) -> !e.region().isDefault()).thenComparing(Edition::code))
                .map(e -> Urls.rootPrefix(pagePath) + "../" + e.code() + "/" + pagePath
                        + (page.kind() == PageId.Kind.ARTICLE || page.kind() == PageId.Kind.PAGE ? "" : "#" + page.slug()))
                .orElse("");
    }

    /** The URL of an edition page: absolute with {@code --base-url}, else relative to the edition root. */
    private String pageUrl(String pagePath) {
        return settings.baseUrl().isEmpty() ? (pagePath.isEmpty() ? "./" : pagePath) : settings.absolute(edition.code() + "/" + pagePath);
    }

    /** Edition-relative path of {@code href} (relative to {@code pagePath}). */
    private static String resolveAgainst(String pagePath, String href) {
        String relative = Urls.rootPrefix(pagePath);
        return href.startsWith(relative) ? href.substring(relative.length()) : href;
    }

    /** The hreflang of a page in another edition: the language it is shown in there, with that edition's region subtag. */
    private String hreflang(Edition other, PageId page) {
        String regionLang = other.region().lang();
        if (page == null || !languages.get(other.code()).of(page).foreign()) {
            return regionLang;
        }
        java.util.Locale locale = Languages.locale(regionLang);
        String shown = Languages.primary(settings.site().language());
        return locale.getCountry().isEmpty() ? shown : shown + "-" + locale.getCountry();
    }

    private List<Layout.Alternate> alternates(String pagePath, Predicate<Edition> presentIn, boolean absolute, PageId page) {
        List<Layout.Alternate> alternates = new ArrayList<>();
        String root = Urls.rootPrefix(pagePath);
        for (Edition other : editions) {
            if (presentIn.test(other)) {
                String href = absolute ? settings.absolute(other.code() + "/" + pagePath) : root + "../" + other.code() + "/" + pagePath;
                String alternateHref = settings.baseUrl().isEmpty() ? href : settings.absolute(other.code() + "/" + pagePath);
                alternates.add(new Layout.Alternate(other.code(), other.region().name(), other.region().lang(), hreflang(other, page),
                        href, alternateHref, other == edition));
            }
        }
        return alternates;
    }

    private ArticlePage article(Article article) {
        String path = Urls.article(article.slug());
        String root = Urls.rootPrefix(path);
        String shownLang = language.contentLang(article.id()).isEmpty() ? lang : language.contentLang(article.id());
        List<String> unavailable = edition.unavailableProducts().getOrDefault(article.id(), List.of()).stream()
                .map(id -> products.get(id).name()).toList();
        List<ArticlePage.TocEntry> toc = new ArrayList<>();
        List<Heading> headings = article.body().headings().stream().filter(h -> h.level() <= 3 && h.shownIn(edition.code())).toList();
        if (headings.size() >= TOC_MIN_HEADINGS) {
            headings.forEach(h -> toc.add(new ArticlePage.TocEntry(h.id(), h.text(), h.level())));
        }
        java.util.Optional<LocalDate> nextReview = reviews.next(article);
        StructuredData.MedicalWebPage page = new StructuredData.MedicalWebPage(StructuredData.CONTEXT, "MedicalWebPage",
                article.title(), article.title(), article.summary(), article.date().toString(), shownLang, pageUrl(path),
                article.reviewed().map(LocalDate::toString).orElse(null),
                article.reviewer().map(r -> new StructuredData.Thing("Person", r)).orElse(null),
                article.audience().map(a -> new StructuredData.Audience(a.equals("professional") ? "MedicalAudience" : "PeopleAudience", a))
                        .orElse(null),
                settings.site().owner().isEmpty() ? null : new StructuredData.Thing("Organization", settings.site().owner()));
        List<PageId> relatedPages = related.of(article.id(), edition::has);
        Layout layout = layout(path, "article", article.title(), article.summary(), article.rules().products(),
                List.of(new Layout.Crumb(article.title(), "")), e -> e.has(article.id()), List.of(page), unavailable, article.draft(),
                article.id());
        return new ArticlePage(layout, article.slug(), article.title(), article.summary(), article.date().toString(),
                Languages.date(article.date(), lang), article.reviewed().map(LocalDate::toString).orElse(""),
                article.reviewed().map(d -> Languages.date(d, lang)).orElse(""), article.reviewer().orElse(""),
                nextReview.map(LocalDate::toString).orElse(""), nextReview.map(d -> Languages.date(d, lang)).orElse(""), article.audience().orElse(""),
                article.tags().stream().map(t -> new ArticlePage.TagLink(topics.name(t), root + Urls.tag(t), topics.lang(t))).toList(),
                bodies.get(article.id()).html().get(edition.code()), toc,
                relatedPages.stream().map(id -> link(id, root)).toList(),
                mentions(article, relatedPages).stream().map(id -> link(id, root)).toList());
    }

    /**
     * The pages that link to an article and are not already in its related reading; none for articles written for
     * patients, to whom a list of linking pages says little.
     */
    private List<PageId> mentions(Article article, List<PageId> relatedPages) {
        if (article.audience().filter("patient"::equals).isPresent()) {
            return List.of();
        }
        return backlinks.getOrDefault(article.id(), List.of()).stream().filter(id -> !relatedPages.contains(id)).toList();
    }

    private StaticPage sitePage(SitePage page) {
        String path = Urls.page(page.slug());
        Layout layout = layout(path, "page", page.title(), page.summary(), List.of(), List.of(new Layout.Crumb(page.title(), "")),
                e -> e.has(page.id()), List.of(), List.of(), page.draft(), page.id());
        return new StaticPage(layout, page.slug(), page.title(), page.summary(), bodies.get(page.id()).html().get(edition.code()));
    }

    private LinkView link(PageId id, String root) {
        String summary = index.page(id).filter(p -> p instanceof Article).map(p -> ((Article) p).summary()).orElse("");
        return new LinkView(index.title(id), root + Urls.of(id), id.kind().name().toLowerCase(Locale.ROOT), summary,
                language.contentLang(id));
    }

    private HomePage home() {
        // the tagline in the edition's language, else the interface's description of a home page
        Layout layout = layout(Urls.HOME, "home", siteTitle(), tagline().isEmpty() ? messages.get("home.description") : tagline(),
                List.of(), List.of(), e -> true, List.of());
        List<Article> featured = articles.stream().filter(a -> a.featured().isPresent())
                .sorted(Comparator.comparing((Article a) -> a.featured().get()).thenComparing(Article::title).thenComparing(Article::slug))
                .toList();
        List<HomePage.TopicGroup> groups = new ArrayList<>();
        for (EditionTopics.Topic topic : topics.all()) {
            // each article shows once: under its first tag, unless it is already in "Start here"
            List<LinkView> own = topic.articles().stream()
                    .filter(a -> !featured.contains(a) && Urls.tagSlug(a.tags().get(0)).equals(topic.slug()))
                    .limit(HOME_PER_TOPIC).map(a -> link(a.id(), "")).toList();
            List<LinkView> questions = topic.faq().stream().limit(HOME_QUESTIONS_PER_TOPIC).map(f -> link(f.id(), "")).toList();
            if (!own.isEmpty() || !questions.isEmpty()) {
                groups.add(new HomePage.TopicGroup(topic.name(), Urls.tag(topic.slug()), "topic-" + topic.slug(), topic.size(),
                        own, questions, topic.lang()));
            }
        }
        List<LinkView> untagged = articles.stream().filter(a -> a.tags().isEmpty() && !featured.contains(a))
                .map(a -> link(a.id(), "")).toList();
        if (!untagged.isEmpty()) {
            groups.add(new HomePage.TopicGroup(messages.get("home.other"), "", "topic-other", untagged.size(), untagged, List.of(), ""));
        }
        return new HomePage(layout, featured.stream().map(a -> link(a.id(), "")).toList(), groups, faq.size());
    }

    private FaqPage faqPage() {
        List<String> productIds = faq.stream().flatMap(f -> f.rules().products().stream()).distinct().sorted().toList();
        String root = Urls.rootPrefix(Urls.FAQ);
        List<FaqPage.Topic> faqTopics = new ArrayList<>();
        // grouped by the source's topic (a translation names it, never makes a topic of its own), in the order of names
        for (EditionTopics.Topic topic : topics.all()) {
            if (topic.faq().isEmpty()) {
                continue;
            }
            List<FaqPage.Entry> entries = topic.faq().stream()
                    .map(f -> new FaqPage.Entry(f.slug(), f.title(), bodies.get(f.id()).html().get(edition.code()),
                            f.related().stream().map(PageId::article).filter(edition::has).map(id -> link(id, root)).toList(),
                            edition.unavailableProducts().getOrDefault(f.id(), List.of()).stream().map(id -> products.get(id).name()).toList(),
                            language.contentLang(f.id()), faqNotice(f.id()), faqSourceHref(f.id()), settings.site().language(),
                            sourceLinkText()))
                    .toList();
            faqTopics.add(new FaqPage.Topic(topic.name(), "topic-" + (faqTopics.size() + 1), root + Urls.tag(topic.slug()), entries,
                    topic.lang()));
        }
        List<StructuredData.Question> questions = faq.stream().sorted(Comparator.comparing(FaqEntry::slug))
                .map(f -> new StructuredData.Question("Question", f.title(), new StructuredData.Answer("Answer",
                        answerText(bodies.get(f.id()).html().get(edition.code())))))
                .toList();
        Layout layout = layout(Urls.FAQ, "faq", messages.get("faq.title"), messages.get("faq.description"), productIds,
                List.of(new Layout.Crumb(messages.get("frame.nav_faq"), "")), e -> true,
                List.of(new StructuredData.FaqPage(StructuredData.CONTEXT, "FAQPage", edition.region().lang(), questions)));
        return new FaqPage(layout, faqTopics);
    }

    /** The text of an answer for structured data: its words without the glossary tooltips repeated inside it. */
    static String answerText(String html) {
        org.jsoup.nodes.Element body = Jsoup.parseBodyFragment(html).body();
        body.select("[role=tooltip]").remove();
        return body.text();
    }

    /** The notice text of a FAQ entry shown untranslated or outdated, in the edition's language; empty when none. */
    private String faqNotice(PageId id) {
        Layout.Translation t = translation(id, Urls.FAQ);
        return switch (t.notice()) {
            case "untranslated" -> messages.get("translation.untranslated");
            case "outdated_source" -> messages.get("translation.outdated_source");
            case "outdated" -> t.updated().isEmpty() ? messages.get("translation.outdated_undated")
                    : messages.format("translation.outdated", "date", t.updated());
            default -> "";
        };
    }

    /** The notice of a glossary entry shown untranslated or outdated, in the edition's language; empty when none. */
    private String glossaryNotice(PageId id) {
        return switch (language.of(id)) {
            case UNTRANSLATED -> messages.get("translation.untranslated_entry");
            case OUTDATED_SOURCE -> messages.get("translation.outdated_source_entry");
            case OUTDATED_TRANSLATION -> messages.get("translation.outdated_entry");
            default -> "";
        };
    }

    /** The text of a link to the current version in the source language. */
    private String sourceLinkText() {
        return messages.format("translation.outdated_link", "language", Languages.name(settings.site().language(), lang));
    }

    private String faqSourceHref(PageId id) {
        return language.of(id) == Shown.OUTDATED_TRANSLATION ? sourceHref(id, Urls.FAQ) : "";
    }

    private GlossaryPage glossary() {
        String root = Urls.rootPrefix(Urls.GLOSSARY);
        Alphabet alphabet = new Alphabet(messages.get("glossary.alphabet"), lang);
        Map<String, List<GlossaryEntry>> byLetter = new HashMap<>();
        content.glossary().stream()
                .sorted(Comparator.comparing(GlossaryEntry::term, alphabet.order()).thenComparing(GlossaryEntry::slug))
                .forEach(g -> byLetter.computeIfAbsent(alphabet.letterOf(g.term()), k -> new ArrayList<>()).add(g));
        // one link per page that uses terms, shared by every term's "Used in" list (thousands of entries on a large site)
        Map<PageId, LinkView> usedInLinks = new HashMap<>();
        List<GlossaryPage.Letter> letters = new ArrayList<>();
        for (String letter : alphabet.sortGroups(byLetter.keySet())) {
            List<GlossaryPage.Term> entries = byLetter.get(letter).stream().map(g -> new GlossaryPage.Term(
                    g.slug(), g.term(), g.abbreviation().orElse(""), g.aliases(), bodies.get(g.id()).html().get(edition.code()),
                    g.seeAlso().stream().map(s -> new LinkView(index.title(PageId.glossary(s)), "#" + s, "glossary", "",
                            language.contentLang(PageId.glossary(s)))).toList(),
                    usedIn.getOrDefault(g.slug(), List.of()).stream().map(id -> usedInLinks.computeIfAbsent(id,
                            x -> new LinkView(index.title(x), root + Urls.of(x), x.kind().name().toLowerCase(Locale.ROOT), "",
                                    language.contentLang(x))))
                            .toList(), language.contentLang(g.id()),
                    glossaryNotice(g.id()),
                    language.of(g.id()) == Shown.OUTDATED_TRANSLATION ? sourceHref(g.id(), Urls.GLOSSARY) : "",
                    settings.site().language(), sourceLinkText())).toList();
            letters.add(new GlossaryPage.Letter(letter, Alphabet.idOf(letter), entries));
        }
        List<GlossaryPage.LetterLink> letterIndex = new ArrayList<>();
        List<String> shown = new ArrayList<>(alphabet.letters());
        alphabet.sortGroups(byLetter.keySet()).stream().filter(l -> !shown.contains(l)).forEach(shown::add);
        for (String l : shown) {
            letterIndex.add(new GlossaryPage.LetterLink(l, byLetter.containsKey(l) ? "#" + Alphabet.idOf(l) : ""));
        }
        List<StructuredData.DefinedTerm> terms = content.glossary().stream().map(g -> new StructuredData.DefinedTerm("DefinedTerm",
                g.term(), g.shortDefinition(), pageUrl(Urls.of(g.id())))).toList();
        Layout layout = layout(Urls.GLOSSARY, "glossary", messages.get("glossary.title"), messages.get("glossary.description"),
                List.of(), List.of(new Layout.Crumb(messages.get("glossary.title"), "")), e -> true,
                List.of(new StructuredData.DefinedTermSet(StructuredData.CONTEXT, "DefinedTermSet",
                        messages.format("glossary.set_name", "site", siteTitle()),
                        edition.region().lang(), terms)));
        return new GlossaryPage(layout, letterIndex, letters);
    }

    private TagsPage tagsPage() {
        Layout layout = layout(Urls.TAGS, "tags", messages.get("tags.title"), messages.get("tags.description"), List.of(),
                List.of(new Layout.Crumb(messages.get("tags.title"), "")), e -> true, List.of());
        return new TagsPage(layout, topics.all().stream()
                .map(t -> new TagsPage.TagCount(t.name(), "../" + Urls.tag(t.slug()), Languages.number(t.size(), lang), t.lang())).toList());
    }

    private TagPage tagPage(EditionTopics.Topic topic) {
        String path = Urls.tag(topic.slug());
        String root = Urls.rootPrefix(path);
        Layout layout = layout(path, "tag", topic.name(), messages.format("tag.description", "topic", topic.name()), List.of(),
                List.of(new Layout.Crumb(messages.get("tags.title"), root + Urls.TAGS), new Layout.Crumb(topic.name(), "", topic.lang())),
                e -> hasTopic(e, topic.slug()), List.of());
        return new TagPage(layout, topic.name(), topic.lang(), topic.articles().stream().map(a -> link(a.id(), root)).toList(),
                topic.faq().stream().map(f -> link(f.id(), root)).toList());
    }

    /** Whether edition {@code e} has the topic page {@code slug}, from the content as that edition shows it (topics translate). */
    private boolean hasTopic(Edition e, String slug) {
        SiteContent shown = languages.get(e.code()).content();
        return shown.articles().stream().anyMatch(a -> e.has(a.id()) && a.tags().stream().anyMatch(t -> Urls.tagSlug(t).equals(slug)))
                || shown.faq().stream().anyMatch(f -> e.has(f.id()) && Urls.tagSlug(f.topic()).equals(slug));
    }

    private SitemapPage sitemap() {
        String prefix = edition.code() + "/";
        List<SitemapPage.Url> urls = new ArrayList<>();
        urls.add(new SitemapPage.Url(settings.absolute(prefix), ""));
        for (Article a : articles) {
            urls.add(new SitemapPage.Url(settings.absolute(prefix + Urls.article(a.slug())), a.reviewed().orElse(a.date()).toString()));
        }
        for (SitePage p : sitePages) {
            urls.add(new SitemapPage.Url(settings.absolute(prefix + Urls.page(p.slug())), ""));
        }
        for (String p : List.of(Urls.FAQ, Urls.GLOSSARY, Urls.TAGS)) {
            urls.add(new SitemapPage.Url(settings.absolute(prefix + p), ""));
        }
        topics.all().forEach(t -> urls.add(new SitemapPage.Url(settings.absolute(prefix + Urls.tag(t.slug())), "")));
        return new SitemapPage(urls);
    }

    private FeedPage feed() {
        String prefix = edition.code() + "/";
        List<Article> newest = articles.stream()
                .sorted(Comparator.comparing(Article::date).reversed().thenComparing(Article::slug)).limit(50).toList();
        String updated = newest.isEmpty() ? "1970-01-01" : newest.get(0).date().toString();
        List<FeedPage.Entry> entries = newest.stream().map(a -> new FeedPage.Entry(a.title(),
                "urn:sitegen:" + edition.code() + ":article:" + a.slug(), a.date() + "T00:00:00Z",
                settings.baseUrl().isEmpty() ? Urls.article(a.slug()) : settings.absolute(prefix + Urls.article(a.slug())),
                a.summary())).toList();
        return new FeedPage(messages.format("feed.title", Map.of("site", siteTitle(), "region", edition.region().name())),
                "urn:sitegen:" + edition.code() + ":feed",
                updated + "T00:00:00Z", settings.baseUrl().isEmpty() ? "feed.xml" : settings.absolute(prefix + "feed.xml"),
                settings.baseUrl().isEmpty() ? "./" : settings.absolute(prefix), edition.region().lang(), entries);
    }
}
