package org.sitegen.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.testing.Folders;
import org.sitegen.testing.TestContent;

/**
 * The preview's quick rebuild of one edited page ({@link SiteBuilder#rebuildEdited}) on a copy of the sample fixture
 * site: what it publishes at once, what it leaves to the whole build that follows, and every change it declines.
 */
class EditPreviewTest {
    private static final String INJECTIONS = "articles/diagnostic-and-therapeutic-injections.md";
    private static final String INJECTIONS_PAGE = "articles/diagnostic-and-therapeutic-injections/index.html";
    private static final String NEUROMODULATION_PAGE = "articles/neuromodulation/index.html";

    @TempDir
    Path folder;
    private Path content;
    private Path output;
    private BuildOptions options;
    private SiteBuilder builder;

    @BeforeEach
    void firstBuild() throws Exception {
        content = Folders.copy(TestContent.CONTENT, folder.resolve("content"));
        output = folder.resolve("site");
        options = new BuildOptions(Path.of("."), content, output, false, "");
        builder = new SiteBuilder(true);
        BuildResult first = builder.build(options, true);
        assertTrue(first.ok(), () -> first.diagnostics().all().toString());
    }

    private Path edit(String relative, String from, String to) throws Exception {
        Path file = content.resolve(relative);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        return file;
    }

    private Path append(String relative, String paragraph) throws Exception {
        Path file = content.resolve(relative);
        Files.writeString(file, Files.readString(file) + "\n" + paragraph + "\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        return file;
    }

    private String page(String path) throws Exception {
        return Files.readString(output.resolve(path));
    }

    private List<String> siteFiles() throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()).sorted().toList();
        }
    }

    /** The site's files whose text contains {@code words}. */
    private List<String> filesWith(String words) throws Exception {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                try {
                    return Files.readString(f).contains(words);
                } catch (java.io.IOException e) {
                    return false; // not text
                }
            }).map(f -> output.relativize(f).toString()).sorted().toList();
        }
    }

    /** The preview's builder deletes replaced sites in the background: done before the temporary folder goes. */
    @org.junit.jupiter.api.AfterEach
    void awaitCleaning() throws InterruptedException {
        builder.awaitCleaning();
    }

    @Test
    void anEditedBodyIsPublishedAloneAndTheWholeBuildThenBringsTheRestUpToDate() throws Exception {
        String before = page("eu/" + NEUROMODULATION_PAGE);
        Path file = append(INJECTIONS, "A closing sentence added in the preview.");

        Optional<BuildResult> edited = builder.rebuildEdited(options, Set.of(file));

        assertTrue(edited.isPresent(), "a body-only edit is rebuilt alone");
        assertTrue(edited.get().ok());
        Set<String> written = Set.of("eu/" + INJECTIONS_PAGE, "intl/" + INJECTIONS_PAGE, "tr/" + INJECTIONS_PAGE, "us/" + INJECTIONS_PAGE);
        assertEquals(Optional.of(written), builder.pagesChangedLastBuild());
        assertEquals(written.stream().sorted().toList(), filesWith("A closing sentence added in the preview"),
                "the pages are published; the search index waits for the whole build");
        assertEquals(before, page("eu/" + NEUROMODULATION_PAGE));
        assertFalse(siteFiles().stream().anyMatch(f -> f.startsWith(".site.")), "no work folder is left: " + siteFiles());

        BuildResult whole = builder.build(options, true);

        assertTrue(whole.ok(), () -> whole.diagnostics().all().toString());
        List<String> indexed = filesWith("A closing sentence added in the preview");
        assertTrue(indexed.size() > written.size() && indexed.stream().anyMatch(f -> f.startsWith("eu/search/")),
                "the whole build indexes the sentence for search: " + indexed);
        assertEquals(Optional.of(Set.of()), builder.pagesChangedLastBuild(),
                "the edited pages were already current: no open page needs to reload");
    }

    @Test
    void anEditRevertedBeforeTheWholeBuildIsNotLeftInTheSite() throws Exception {
        String original = page("eu/" + INJECTIONS_PAGE);
        Path file = edit(INJECTIONS, "Some clinics repeat the block", "Many clinics repeat the block");
        assertTrue(builder.rebuildEdited(options, Set.of(file)).isPresent());
        assertTrue(page("eu/" + INJECTIONS_PAGE).contains("Many clinics repeat the block"));

        edit(INJECTIONS, "Many clinics repeat the block", "Some clinics repeat the block");
        assertTrue(builder.build(options, true).ok());

        assertEquals(original, page("eu/" + INJECTIONS_PAGE));
    }

    @Test
    void theSourceOfATranslationIsLeftToTheWholeBuild() throws Exception {
        // the edit outdates the Turkish translation: a notice, the source instead, or a failed build, as the region says
        String english = page("eu/articles/radiofrequency-ablation/index.html");
        Path file = append("articles/radiofrequency-ablation.md", "One more sentence for the English readers of this page.");

        assertEquals(Optional.empty(), builder.rebuildEdited(options, Set.of(file)));

        assertEquals(english, page("eu/articles/radiofrequency-ablation/index.html"));
        assertTrue(builder.build(options, true).ok());
        assertTrue(page("tr/articles/radiofrequency-ablation/index.html").contains("translation-notice"),
                "the whole build marks the translation outdated");
    }

    @Test
    void changesThatReachOtherPagesOrFailAreLeftToTheWholeBuild() throws Exception {
        String published = page("eu/" + INJECTIONS_PAGE);
        Path article = content.resolve(INJECTIONS);
        String original = Files.readString(article);
        record Change(String why, String from, String to) {
        }
        for (Change change : List.of(
                new Change("a new title shows on other pages", "title: ", "title: Renamed "),
                new Change("a new heading is an anchor other pages may use", "\n## ", "\n## Renamed "),
                new Change("a broken link is reported by the whole build", "Some clinics repeat the block",
                        "Some clinics [repeat](no-such-article.md) the block"),
                new Change("a forbidden phrase is reported by the whole build", "Some clinics repeat the block",
                        "Some clinics repeat the miracle block"),
                new Change("a front matter error is reported by the whole build", "title: ", "title: [unclosed"))) {
            Path file = edit(INJECTIONS, change.from(), change.to());
            assertEquals(Optional.empty(), builder.rebuildEdited(options, Set.of(file)), change.why());
            assertEquals(published, page("eu/" + INJECTIONS_PAGE), change.why());
            Files.writeString(article, original);
        }
        Path glossary = append("glossary/fluoroscopy.md", "A sentence added to a glossary entry.");
        assertEquals(Optional.empty(), builder.rebuildEdited(options, Set.of(glossary)), "glossary entries show on many pages");
        Path translation = append("articles/radiofrequency-ablation.tr.md", "Bir cümle daha.");
        assertEquals(Optional.empty(), builder.rebuildEdited(options, Set.of(translation)), "translations are left to the whole build");
        Path first = append(INJECTIONS, "One sentence.");
        Path second = append("articles/neuromodulation.md", "Another sentence.");
        assertEquals(Optional.empty(), builder.rebuildEdited(options, Set.of(first, second)), "two files at once");
        Path created = Files.writeString(content.resolve("articles/a-new-article.md"), "---\ntitle: New\n---\nText.\n");
        assertEquals(Optional.empty(), builder.rebuildEdited(options, Set.of(created)), "a new page changes lists on other pages");
        assertFalse(siteFiles().stream().anyMatch(f -> f.startsWith(".site.")), "no work folder is left by declined changes: " + siteFiles());
    }

    @Test
    void noQuickRebuildWhileTheSiteHasErrors() throws Exception {
        edit("articles/neuromodulation.md", "title: ", "title: [unclosed");
        assertFalse(builder.build(options, true).ok());
        Path file = append(INJECTIONS, "A sentence added while another file is broken.");

        assertEquals(Optional.empty(), builder.rebuildEdited(options, Set.of(file)), "only a whole build may clear the errors");
    }

    @Test
    void aSupersededBuildPublishesNothingAndLeavesNoWorkFolder() throws Exception {
        List<String> before = siteFiles();
        append(INJECTIONS, "A sentence whose build a newer save interrupts.");

        BuildResult result = builder.build(options, true, () -> true);

        assertTrue(builder.supersededLastBuild());
        assertEquals(0, result.pages());
        List<String> after = siteFiles();
        assertEquals(before.stream().filter(f -> !f.startsWith("content")).toList(), after.stream().filter(f -> !f.startsWith("content")).toList());
        assertTrue(builder.build(options, true).ok());
        assertFalse(builder.supersededLastBuild());
        assertTrue(page("eu/" + INJECTIONS_PAGE).contains("A sentence whose build a newer save interrupts."));
    }
}
