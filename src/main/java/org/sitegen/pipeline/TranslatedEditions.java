package org.sitegen.pipeline;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.glossary.GlossaryChecker;
import org.sitegen.glossary.GlossaryMatcher;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.link.LinkChecker;
import org.sitegen.link.ResolvedLinks;
import org.sitegen.link.SiteIndex;
import org.sitegen.model.ContentDocument;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.model.TranslationKey;
import org.sitegen.region.Edition;
import org.sitegen.render.BodyStage;
import org.sitegen.render.ProcessedBody;

/**
 * Editions that show the same translations: their content (translated records in place of sources), its links
 * resolved and its glossary matched in their language. Only translated bodies are processed here; the others come
 * from the source's processing.
 *
 * @param documents      the translated pages and glossary entries, whose bodies {@link #bodies()} processes
 * @param foreignEntries per slug, the {@code lang} of each glossary entry these editions show untranslated
 */
record TranslatedEditions(SiteContent content, List<Edition> editions, SiteIndex index, ResolvedLinks links, GlossaryMatcher matcher,
                          Set<PageId> translated, List<ContentDocument> documents, Map<String, String> foreignEntries) {

    /** Groups the editions, resolves each group's links and checks its glossary; problems in translation files are reported. */
    static List<TranslatedEditions> check(List<Edition> editions, Map<String, EditionLanguage> languages, Set<PageId> unloaded,
                                          java.nio.file.Path contentFolder, Diagnostics diagnostics) {
        Map<SiteContent, List<Edition>> groups = new IdentityHashMap<>();
        List<SiteContent> order = new ArrayList<>();
        for (Edition edition : editions) {
            EditionLanguage language = languages.get(edition.code());
            if (language.isSourceLanguage() || language.shown().values().stream().noneMatch(s -> s.translated())) {
                continue;
            }
            groups.computeIfAbsent(language.content(), c -> {
                order.add(c);
                return new ArrayList<>();
            }).add(edition);
        }
        List<TranslatedEditions> result = new ArrayList<>();
        for (SiteContent content : order) {
            List<Edition> members = groups.get(content);
            EditionLanguage language = languages.get(members.get(0).code());
            Set<PageId> translated = new LinkedHashSet<>();
            List<ContentDocument> documents = new ArrayList<>();
            Set<String> paths = new java.util.HashSet<>();
            content.articles().stream().filter(a -> language.of(a.id()).translated()).forEach(a -> {
                translated.add(a.id());
                documents.add(a);
            });
            content.faq().stream().filter(f -> language.of(f.id()).translated()).forEach(f -> {
                translated.add(f.id());
                documents.add(f);
            });
            content.pages().stream().filter(p -> language.of(p.id()).translated()).forEach(p -> {
                translated.add(p.id());
                documents.add(p);
            });
            content.glossary().stream().filter(g -> language.of(g.id()).translated()).forEach(g -> {
                translated.add(g.id());
                documents.add(g);
            });
            content.products().stream().filter(p -> language.of(TranslationKey.product(p.id())).translated()).forEach(p -> paths.add(p.path()));
            documents.forEach(d -> paths.add(d.path()));
            SiteIndex index = new SiteIndex(content, unloaded);
            Diagnostics local = new Diagnostics();
            ResolvedLinks links = new LinkChecker(index).check(content, local);
            GlossaryMatcher matcher = new GlossaryMatcher(content.glossary(), language.lang());
            new GlossaryChecker().check(content.glossary(), matcher, local);
            // images a translation places must exist and be described, as in a source
            new org.sitegen.images.ImageStage().run(contentFolder, content, local);
            // problems of the sources were reported when the sources were checked: keep those of translation files
            for (Diagnostic d : local.all()) {
                if (paths.contains(d.path())) {
                    diagnostics.add(d);
                }
            }
            Map<String, String> foreignEntries = new java.util.HashMap<>();
            content.glossary().stream().filter(g -> !language.contentLang(g.id()).isEmpty())
                    .forEach(g -> foreignEntries.put(g.slug(), language.contentLang(g.id())));
            result.add(new TranslatedEditions(content, List.copyOf(members), index, links, matcher, translated, documents,
                    Map.copyOf(foreignEntries)));
        }
        return result;
    }

    /** The translated bodies, processed for these editions; images are placed as the source's are, in their language's variant. */
    Map<PageId, ProcessedBody> bodies(org.sitegen.images.ImageCatalog images) {
        // the editions of a group share their language: images have their variants in it (x.tr.svg for x.svg)
        String language = org.sitegen.lang.Languages.primary(editions.get(0).region().lang());
        return new BodyStage(index, matcher, images.in(language), foreignEntries).processOnly(content, editions, links, translated);
    }
}
