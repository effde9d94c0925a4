package org.sitegen.pipeline;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jbake.app.configuration.JBakeConfiguration;
import org.sitegen.audit.AuditStage;
import org.sitegen.audit.PageFacts;
import org.sitegen.claims.ClaimsStage;
import org.sitegen.diagnostics.Diagnostics;
import org.sitegen.images.ImageCatalog;
import org.sitegen.images.ImageStage;
import org.sitegen.jbake.ContentLoader;
import org.sitegen.jbake.JBakeConfigurations;
import org.sitegen.jbake.JBakePageWriter;
import org.sitegen.lang.EditionLanguage;
import org.sitegen.lang.Shown;
import org.sitegen.link.LinkChecker;
import org.sitegen.link.Resolution;
import org.sitegen.load.SourceFile;
import org.sitegen.model.Page;
import org.sitegen.model.PageId;
import org.sitegen.model.SiteContent;
import org.sitegen.publish.OutputPublisher;
import org.sitegen.render.BodyStage;
import org.sitegen.render.ProcessedBody;

/**
 * The preview's first answer to a save that changed only the body of one article or FAQ entry: that page alone is
 * re-read, its links resolved, its body processed, its claims checked, rendered in every edition that shows it,
 * audited against the published site's other pages, and moved into the published output, in a few milliseconds
 * whatever the size of the site. What the edit changes elsewhere (backlinks, "Used in" lists, the search index,
 * {@code release.json}) and every check across pages follow in the whole rebuild that the preview runs next.
 *
 * <p>Declines (empty result) whenever the change is anything else: another kind of file or several files, a new or
 * deleted file, a change to front matter or headings, a page that has translations, a new image, or any error, which
 * the whole rebuild then reports where editors see it.
 */
final class EditPreview {
    private final ContentLoader loader;
    private final OutputPublisher publisher;
    private final Path scratch;
    private final JBakeConfiguration config;
    private final JBakePageWriter writer;

    /**
     * @param scratch a work folder's name beside the output, for the preview's session: made for each edit, the edited
     *                pages are written and audited there, then moved into the output, and it is removed
     */
    EditPreview(ContentLoader loader, OutputPublisher publisher, BuildOptions options, Path scratch) {
        this.loader = loader;
        this.publisher = publisher;
        this.scratch = scratch;
        this.config = JBakeConfigurations.of(options.project(), options.content(), scratch);
        this.writer = new JBakePageWriter(config); // its templates are parsed once, for every edit of the session
        publisher.discard(scratch); // made again for each edit, and removed after it
    }

    /** The page rebuilt and published with the state it was built from, or empty when the change needs a whole rebuild. */
    record Outcome(EditState state, Diagnostics diagnostics, List<String> written) {
    }

    Optional<Outcome> rebuild(EditState state, BuildOptions options, Set<Path> changed) {
        // names that are gone and were not Markdown, such as the test file some editors write and delete before saving
        List<Path> files = changed.stream().filter(p -> Files.exists(p) || p.toString().endsWith(".md")).toList();
        if (!options.equals(state.options()) || files.size() != 1) {
            return Optional.empty();
        }
        Path file = files.get(0).toAbsolutePath().normalize();
        Path content = options.content().toAbsolutePath().normalize();
        if (!isPageSource(content, file)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(scratch);
            Optional<Outcome> outcome = rebuild(state, options, file);
            publisher.discard(scratch);
            return outcome;
        } catch (IOException | RuntimeException e) {
            publisher.discard(scratch);
            return Optional.empty(); // the whole rebuild reports whatever this was
        }
    }

    private Optional<Outcome> rebuild(EditState state, BuildOptions options, Path file) {
        SourceFile source = loader.loadOne(config, file);
        if (source.diagnostics().hasErrors() || source.record().isEmpty() || !(source.record().get() instanceof Page edited)) {
            return Optional.empty();
        }
        Optional<Page> before = state.content().allPages().stream().filter(p -> p.id().equals(edited.id())).findFirst();
        if (before.isEmpty() || !sameButBody(before.get(), edited) || translated(state, edited.id())) {
            return Optional.empty();
        }
        Page old = before.get();
        SiteContent content = state.content().replacing(old, edited);
        Diagnostics diagnostics = new Diagnostics();
        List<Resolution> resolutions = new LinkChecker(state.index()).checkPage(content, edited, diagnostics);
        // the page's images are checked again when it uses others; the image folder itself did not change (one file did)
        ImageCatalog images = sameImages(old, edited) ? state.images()
                : new ImageStage().run(options.content(), content, diagnostics);
        if (diagnostics.hasErrors() || !images.signature().equals(state.images().signature())) {
            return Optional.empty();
        }
        ProcessedBody body = new BodyStage(state.index(), state.matcher(), images).processPage(edited, state.editions(), resolutions);
        if (!body.refused().isEmpty()) {
            return Optional.empty();
        }
        Map<PageId, ProcessedBody> bodies = new HashMap<>(state.bodies());
        bodies.put(edited.id(), body);
        Map<String, EditionLanguage> languages = new HashMap<>();
        state.languages().forEach((code, language) -> languages.put(code, new EditionLanguage(language.lang(), language.sourceLang(),
                language.shown(), language.content().replacing(old, edited), language.words())));
        new ClaimsStage().checkPage(content, edition -> languages.get(edition.code()).content(), state.editions(), bodies, edited.id(),
                diagnostics);
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        List<String> written = state.renderer().renderPage(edited.id(), bodies, writer,
                edition -> shownAsSource(state.languages().get(edition.code()).of(edited.id())));
        Map<String, PageFacts> fresh = new AuditStage(content, languages, state.messages(), options.output(), options.baseUrl())
                .auditOnly(scratch, written, state.facts(), options.output(), diagnostics);
        if (diagnostics.hasErrors() || written.isEmpty()) {
            return Optional.empty();
        }
        try {
            publisher.publishFiles(scratch, written, options.output());
        } catch (IOException e) {
            return Optional.empty();
        }
        Map<String, PageFacts> facts = state.facts(); // the preview builder's own map, kept up to date in place between builds
        facts.putAll(fresh);
        EditState next = new EditState(state.options(), content, state.editions(), languages, state.index(), state.matcher(), images,
                bodies, state.messages(), facts, state.renderer());
        return Optional.of(new Outcome(next, diagnostics, written));
    }

    /** An existing article's or FAQ entry's own file ({@code <slug>.md}, not a translation) under the content folder. */
    private static boolean isPageSource(Path content, Path file) {
        if (!file.startsWith(content) || !Files.isRegularFile(file)) {
            return false;
        }
        Path relative = content.relativize(file);
        String name = relative.getFileName().toString();
        return relative.getNameCount() == 2 && List.of("articles", "faq").contains(relative.getName(0).toString())
                && name.endsWith(".md") && name.indexOf('.') == name.length() - 3;
    }

    /** Whether the two bodies use the same images with the same text (wherever they stand). */
    private static boolean sameImages(Page old, Page edited) {
        java.util.function.Function<Page, List<List<String>>> uses = page -> page.body().images().stream()
                .map(use -> List.of(use.src(), use.alt(), String.valueOf(use.title()))).toList();
        return uses.apply(old).equals(uses.apply(edited));
    }

    /** Whether every key of the two records is the same but the body, whose headings (anchors other pages use) are too. */
    private static boolean sameButBody(Page old, Page edited) {
        if (old.getClass() != edited.getClass() || !old.body().headings().equals(edited.body().headings())) {
            return false;
        }
        try {
            for (RecordComponent component : old.getClass().getRecordComponents()) {
                if (!component.getName().equals("body")
                        && !Objects.equals(component.getAccessor().invoke(old), component.getAccessor().invoke(edited))) {
                    return false;
                }
            }
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /**
     * Whether some edition shows a translation of the page: an edit of its source outdates it, which the region's
     * policy may answer with a notice, the source instead, or a failed build; the whole build decides.
     */
    private static boolean translated(EditState state, PageId id) {
        return state.languages().values().stream().anyMatch(language -> language.of(id).translated());
    }

    /** Whether an edition shows the page's own text (not a translation of it). */
    private static boolean shownAsSource(Shown shown) {
        return shown == Shown.SOURCE || shown == Shown.UNTRANSLATED;
    }
}
