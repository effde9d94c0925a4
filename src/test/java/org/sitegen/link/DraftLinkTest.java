package org.sitegen.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diagnostics.Diagnostic;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.Folders;

/**
 * Drafts: a build leaves them out unless asked, shows them with a Draft badge when asked, and a published page
 * that links to one is warned about, naming both files, whether drafts are built or not.
 */
class DraftLinkTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");

    @TempDir
    Path folder;

    private Path content() throws Exception {
        Path content = Folders.copy(SMALL_SITE, folder.resolve("content"));
        Files.writeString(content.resolve("articles/upcoming.md"), """
                ---
                title: Upcoming treatments
                summary: Notes on treatments still being written up.
                date: 2026-03-01
                draft: true
                related: [basics]
                ---

                Work in progress. Back to [[basics]].
                """);
        Path treatment = content.resolve("articles/treatment.md");
        Files.writeString(treatment, Files.readString(treatment)
                .replace("related: [basics]", "related: [basics, upcoming]")
                .replace("Read [[basics]] first.", "Read [[basics]] first.\n\nSoon: [what is coming](upcoming.md)."));
        return content;
    }

    private BuildResult build(Path content, boolean drafts) {
        return new SiteBuilder().build(new BuildOptions(Path.of("."), content, folder.resolve(drafts ? "with" : "without"), drafts, ""), true);
    }

    private static List<String> warnings(Path content, BuildResult result) {
        return result.diagnostics().warnings().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aLinkFromAPublishedPageToADraftIsAWarningNamingBothFiles() throws Exception {
        Path content = content();
        String treatment = content.resolve("articles/treatment.md").toString();
        String upcoming = content.resolve("articles/upcoming.md").toString();
        List<String> expected = List.of(
                treatment + ":6: warning: links to the draft " + upcoming
                        + ": published without --drafts, the related entry is left out (plain text) until that page is published",
                treatment + ":11: warning: links to the draft " + upcoming
                        + ": published without --drafts, the link is left out (plain text) until that page is published");
        BuildResult without = build(content, false);
        assertTrue(without.ok());
        assertEquals(expected, warnings(content, without));
        BuildResult with = build(content, true);
        assertTrue(with.ok());
        assertEquals(expected, warnings(content, with), "the preview shows drafts, and still warns");
    }

    @Test
    void aBuildLeavesDraftsOutUnlessAskedAndBadgesThemWhenAsked() throws Exception {
        Path content = content();
        build(content, false);
        build(content, true);
        assertFalse(Files.exists(folder.resolve("without/intl/articles/upcoming/index.html")));
        Document linking = Jsoup.parse(folder.resolve("without/intl/articles/treatment/index.html").toFile());
        assertTrue(linking.select("a:contains(what is coming)").isEmpty());
        assertTrue(linking.text().contains("Soon: what is coming."), "the link text stays, as plain text");

        Document draft = Jsoup.parse(folder.resolve("with/intl/articles/upcoming/index.html").toFile());
        assertEquals("Draft: this page is not published; it shows only in the preview and in builds made with --drafts.",
                draft.select(".draft-badge").text());
        Document published = Jsoup.parse(folder.resolve("with/intl/articles/treatment/index.html").toFile());
        assertEquals(1, published.select("a:contains(what is coming)").size());
        assertTrue(published.select(".draft-badge").isEmpty());
    }
}
