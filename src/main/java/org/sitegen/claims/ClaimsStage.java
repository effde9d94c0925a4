package org.sitegen.claims;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.load.ProductStatus;
import org.sitegen.model.Article;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.FaqEntry;
import org.sitegen.model.GlossaryEntry;
import org.sitegen.model.KeyLines;
import org.sitegen.model.Keys;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.Region;
import org.sitegen.model.SiteContent;
import org.sitegen.region.Edition;
import org.sitegen.render.ProcessedBody;

/**
 * Checks what each edition publishes against its phrase lists: {@code forbidden_phrases} of {@code content/site.md}
 * and of the region on every page, {@code investigational_phrases} of the region on pages whose {@code products}
 * include one that is investigational in the region. The text checked is what the edition's page shows: the title,
 * the summary and the final body HTML of the edition (region passages filtered, glossary terms linked, with their
 * tooltips, {@code [[plain:…]]} included); for glossary entries, the term and the definition. Each hit is an error at
 * the source line it came from, unless the page's {@code allow_phrases} lists the phrase.
 */
public final class ClaimsStage {
    private final Map<String, SourceLines> files = new HashMap<>();
    /** Editions that show the same body share one HTML string: its text is read once. */
    private final Map<String, VisibleText> texts = new IdentityHashMap<>();
    /** {@code pageId\0phrase} of every allowed phrase that some edition would have flagged (translations count for their source). */
    private final Set<String> used = new HashSet<>();

    /**
     * @param content the site as written
     * @param shown   the site as an edition shows it: translated pages, with their own files and lines, where the
     *                edition's language has them
     */
    public void check(SiteContent content, Function<Edition, SiteContent> shown, List<Edition> editions, Map<PageId, ProcessedBody> bodies,
                      Diagnostics diagnostics) {
        check(content, shown, editions, bodies, diagnostics, id -> true);
    }

    /** The same checks for one article or FAQ entry only (the preview's rebuild of one edited page). */
    public void checkPage(SiteContent content, Function<Edition, SiteContent> shown, List<Edition> editions,
                          Map<PageId, ProcessedBody> bodies, PageId page, Diagnostics diagnostics) {
        check(content, shown, editions, bodies, diagnostics, page::equals);
    }

    private void check(SiteContent content, Function<Edition, SiteContent> shown, List<Edition> editions, Map<PageId, ProcessedBody> bodies,
                       Diagnostics diagnostics, java.util.function.Predicate<PageId> which) {
        for (Edition edition : editions) {
            Region region = edition.region();
            SiteContent pages = shown.apply(edition);
            List<ListedPhrases> everywhere = new ArrayList<>();
            if (!content.site().forbiddenPhrases().isEmpty()) {
                everywhere.add(new ListedPhrases(content.site().forbiddenPhrases(), "every edition's pages",
                        origin(content.site().path(), content.site().lines(), Keys.FORBIDDEN_PHRASES.name()), Keys.FORBIDDEN_PHRASES.name()));
            }
            if (!region.forbiddenPhrases().isEmpty()) {
                everywhere.add(new ListedPhrases(region.forbiddenPhrases(), "the " + region.code() + " edition's pages",
                        origin(region.path(), region.lines(), Keys.FORBIDDEN_PHRASES.name()), Keys.FORBIDDEN_PHRASES.name()));
            }
            if (everywhere.isEmpty() && region.investigationalPhrases().isEmpty()) {
                continue;
            }
            EditionCheck check = new EditionCheck(edition, Locale.forLanguageTag(region.lang()), diagnostics);
            check.screen(everywhere, region.investigationalPhrases(), Stream.of(pages.articles(), pages.faq(), pages.glossary())
                    .flatMap(List::stream).filter(d -> which.test(idOf(d))).map(d -> html(d, bodies, edition)).filter(Objects::nonNull).toList());
            for (Article article : pages.articles()) {
                if (edition.has(article.id()) && which.test(article.id())) {
                    check.page(article, lists(everywhere, region, article), html(article, bodies, edition), Optional.of(article.summary()));
                }
            }
            for (FaqEntry entry : pages.faq()) {
                if (edition.has(entry.id()) && which.test(entry.id())) {
                    check.page(entry, lists(everywhere, region, entry), html(entry, bodies, edition), Optional.empty());
                }
            }
            for (GlossaryEntry entry : pages.glossary()) {
                if (which.test(entry.id())) {
                    check.glossary(entry, everywhere, html(entry, bodies, edition));
                }
            }
        }
        for (Page page : Stream.<Page>concat(content.articles().stream(), content.faq().stream()).toList()) {
            if (which.test(page.id()) && editions.stream().anyMatch(e -> e.has(page.id()))) {
                warnUnneeded(page.id(), page.path(), page.allowPhrases(), page.lines(), diagnostics);
            }
        }
        content.glossary().stream().filter(entry -> which.test(entry.id()))
                .forEach(entry -> warnUnneeded(entry.id(), entry.path(), entry.allowPhrases(), entry.lines(), diagnostics));
    }

    private static PageId idOf(ContentDocument document) {
        return document instanceof Page page ? page.id() : ((GlossaryEntry) document).id();
    }

    /** An allowed phrase that no edition flags is a stale exception: reviewers should not sign off on it. */
    private void warnUnneeded(PageId id, String path, List<String> allowPhrases, KeyLines lines, Diagnostics diagnostics) {
        for (String phrase : allowPhrases) {
            if (!used.contains(id + "\0" + phrase)) {
                diagnostics.warning(path, lines.of(Keys.ALLOW_PHRASES), "allow_phrases lists '" + phrase
                        + "', which no edition flags on this page: remove it");
            }
        }
    }

    /** The body HTML of {@code document} as {@code edition} shows it, or null when the edition does not show it. */
    private static String html(ContentDocument document, Map<PageId, ProcessedBody> bodies, Edition edition) {
        PageId id = document instanceof Page page ? page.id() : ((GlossaryEntry) document).id();
        ProcessedBody body = edition.has(id) ? bodies.get(id) : null;
        if (body == null || body.html().get(edition.code()) == null) {
            return document instanceof GlossaryEntry entry ? entry.body().html() : null;
        }
        return body.html().get(edition.code());
    }

    /** The lists that apply to {@code page}: every forbidden list, and the investigational list when it discusses such a product. */
    private static List<ListedPhrases> lists(List<ListedPhrases> everywhere, Region region, Page page) {
        if (region.investigationalPhrases().isEmpty()) {
            return everywhere;
        }
        Optional<String> investigational = page.rules().products().stream()
                .filter(id -> region.statusOf(id) == ProductStatus.INVESTIGATIONAL).findFirst();
        if (investigational.isEmpty()) {
            return everywhere;
        }
        List<ListedPhrases> all = new ArrayList<>(everywhere);
        all.add(new ListedPhrases(region.investigationalPhrases(), "the " + region.code() + " edition's pages about '"
                + investigational.get() + "', which is investigational there",
                origin(region.path(), region.lines(), Keys.INVESTIGATIONAL_PHRASES.name()), Keys.INVESTIGATIONAL_PHRASES.name()));
        return all;
    }

    private static String origin(String path, KeyLines lines, String key) {
        return path + ":" + lines.lines().getOrDefault(key, lines.firstLine());
    }

    /** A page's {@code allow_phrases}: folded phrase to the phrase as listed. */
    private record Allowed(PageId id, Map<String, String> phrases) {
    }

    /** The checks of one edition, under its language. */
    private final class EditionCheck {
        private final Edition edition;
        private final Locale locale;
        private final Diagnostics diagnostics;
        private final Map<List<String>, PhraseMatcher> matchers = new HashMap<>();
        /** The bodies (by identity) that may show a listed phrase. */
        private final Set<String> suspects = Collections.newSetFromMap(new IdentityHashMap<>());

        EditionCheck(Edition edition, Locale locale, Diagnostics diagnostics) {
            this.edition = edition;
            this.locale = locale;
            this.diagnostics = diagnostics;
        }

        /** @param html the body as the edition shows it, or null */
        void page(Page page, List<ListedPhrases> lists, String html, Optional<String> summary) {
            Allowed allowed = new Allowed(page.id(), folded(page.allowPhrases()));
            VisibleText text = html == null || !suspects.contains(html) ? null : texts.computeIfAbsent(html, VisibleText::of);
            for (ListedPhrases list : lists) {
                PhraseMatcher matcher = matcher(list.phrases());
                report(page.path(), page.lines().of(Keys.TITLE), page instanceof FaqEntry ? "the question" : "the title",
                        matcher.find(page.title()), allowed, list);
                summary.ifPresent(s -> report(page.path(), page.lines().of(Keys.SUMMARY), "the summary", matcher.find(s), allowed, list));
                if (text != null) {
                    body(page.path(), text, matcher, allowed, list);
                }
            }
        }

        void glossary(GlossaryEntry entry, List<ListedPhrases> lists, String html) {
            Allowed allowed = new Allowed(entry.id(), folded(entry.allowPhrases()));
            VisibleText text = suspects.contains(html) ? texts.computeIfAbsent(html, VisibleText::of) : null;
            for (ListedPhrases list : lists) {
                PhraseMatcher matcher = matcher(list.phrases());
                report(entry.path(), entry.lines().of(Keys.TERM), "the term", matcher.find(entry.term()), allowed, list);
                if (text != null) {
                    body(entry.path(), text, matcher, allowed, list);
                }
            }
        }

        /**
         * Finds, in parallel, the bodies whose {@link VisibleText#quick quick text} shows any phrase of the edition's
         * lists; only those are parsed and checked phrase by phrase.
         */
        void screen(List<ListedPhrases> everywhere, List<String> investigational, List<String> htmls) {
            List<String> all = new ArrayList<>(investigational);
            everywhere.forEach(list -> all.addAll(list.phrases()));
            PhraseMatcher any = new PhraseMatcher(all, locale);
            htmls.parallelStream().filter(html -> !any.find(VisibleText.quick(html)).isEmpty()).toList().forEach(suspects::add);
        }

        /** The body's own text, then each glossary tooltip it shows (text written in the glossary entry). */
        private void body(String path, VisibleText text, PhraseMatcher matcher, Allowed allowed, ListedPhrases list) {
            SourceLines source = null;
            for (String phrase : matcher.find(text.own())) {
                if (allowed(phrase, allowed)) {
                    continue;
                }
                if (source == null) {
                    source = files.computeIfAbsent(path, SourceLines::read);
                }
                OptionalInt line = source.find(matcher, phrase, edition.code());
                report(path, line.orElse(source.bodyStart()), line.isPresent() ? "the text" : "the text (from a linked page's title)",
                        List.of(phrase), allowed, list);
            }
            for (VisibleText.Tooltip tooltip : text.tooltips()) {
                for (String phrase : matcher.find(tooltip.text())) {
                    SourceLines lines = files.computeIfAbsent(path, SourceLines::read);
                    int line = lines.find(matcher(List.of(tooltip.term())), tooltip.term(), edition.code()).orElse(lines.bodyStart());
                    report(path, line, "the glossary tooltip of '" + tooltip.term() + "' (from the glossary entry '" + tooltip.slug() + "')",
                            List.of(phrase), allowed, list);
                }
            }
        }

        /** Whether the page allows {@code phrase}; if so, the exception is in use. */
        private boolean allowed(String phrase, Allowed allowed) {
            String original = allowed.phrases().get(fold(phrase));
            if (original != null) {
                used.add(allowed.id() + "\0" + original);
            }
            return original != null;
        }

        private void report(String path, int line, String what, List<String> found, Allowed allowed, ListedPhrases list) {
            for (String phrase : found) {
                if (!allowed(phrase, allowed)) {
                    diagnostics.error(path, line, what + " says '" + phrase + "', which " + list.key() + " in " + list.origin()
                            + " forbids on " + list.where() + ": reword it, or list it in this page's allow_phrases");
                }
            }
        }

        private String fold(String phrase) {
            return matcher(List.of()).fold(phrase);
        }

        /** Folded phrase to the phrase as the page lists it. */
        private Map<String, String> folded(List<String> phrases) {
            Map<String, String> map = new HashMap<>();
            phrases.forEach(p -> map.putIfAbsent(fold(p), p));
            return map;
        }

        private PhraseMatcher matcher(List<String> phrases) {
            return matchers.computeIfAbsent(phrases, p -> new PhraseMatcher(p, locale));
        }
    }
}
