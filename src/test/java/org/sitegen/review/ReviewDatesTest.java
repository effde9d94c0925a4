package org.sitegen.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.release.ReleaseManifest;
import org.sitegen.release.ReleaseManifestReader;
import org.sitegen.testing.ChildJvm;
import org.sitegen.testing.FolderSnapshot;
import org.sitegen.testing.SiteRun;
import org.sitegen.testing.TestContent;

/**
 * Review due dates on a fixture site built through the command line, with {@code SOURCE_DATE_EPOCH} set by the
 * build (pom.xml) to 1795910400, 2026-11-29 UTC: a site-wide interval of 12 months, a page overriding it with 24,
 * a page never reviewed (its {@code date} counts), FAQ entries with and without dates.
 */
class ReviewDatesTest {
    static final String TODAY_EPOCH = "1795910400";

    @TempDir
    static Path folder;
    static Path content;
    static Path site;
    static SiteRun build;

    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.md", "---\ntitle: Review Fixture\nreview_interval: 12\n---\n");
        files.put("medical-disclaimer.md", "---\ntitle: Medical disclaimer\n---\n\nThis site is for general education only.\n");
        files.put("regions/us.md", "---\nname: United States\nlang: en-US\ndefault: true\n---\n\nDevice rules differ by country.\n");
        files.put("articles/overdue.md", """
                ---
                title: Overdue
                summary: Reviewed long ago.
                date: 2025-06-01
                reviewed: 2025-10-01
                reviewer: Dr. A. Example
                ---

                See [[longer]].
                """);
        files.put("articles/longer.md", """
                ---
                title: Longer
                summary: Reviewed every two years.
                date: 2025-06-01
                reviewed: 2025-10-01
                reviewer: Dr. B. Example
                review_interval: 24
                ---

                See [[unreviewed]].
                """);
        files.put("articles/unreviewed.md", """
                ---
                title: Unreviewed
                summary: Never reviewed.
                date: 2025-11-01
                ---

                See [[overdue]].
                """);
        files.put("faq/question.md", """
                ---
                title: Is this a question?
                topic: General
                reviewed: 2026-06-01
                reviewer: Dr. C. Example
                ---

                Yes, and see [[overdue]].
                """);
        files.put("faq/undated.md", "---\ntitle: Is this undated?\ntopic: General\n---\n\nYes, see [[longer]].\n");
        return files;
    }

    @BeforeAll
    static void buildTheSite() {
        assertEquals(TODAY_EPOCH, System.getenv(Today.VARIABLE), "pom.xml sets SOURCE_DATE_EPOCH for the tests");
        content = SiteRun.write(folder.resolve("content"), files());
        site = folder.resolve("site");
        build = SiteRun.of("build", "--content", content.toString(), "--output", site.toString());
    }

    @Test
    void overdueReviewsAreWarningsNamingTheLineOfReviewedElseOfDate() {
        assertEquals(0, build.status(), build.err());
        assertEquals(List.of(
                content + "/articles/overdue.md:5: warning: medical review overdue: the next review was due on 2026-10-01 "
                        + "(last reviewed on 2025-10-01, every 12 months); review the page, then update 'reviewed'",
                content + "/articles/unreviewed.md:4: warning: medical review overdue: the next review was due on 2026-11-01 "
                        + "(published on 2025-11-01 and never reviewed, every 12 months); review the page, then update 'reviewed'",
                "built 14 pages into " + site + " (0 errors, 2 warnings)"), build.errLines());
    }

    @Test
    void theNextReviewIsShownAfterTheReviewedLine() throws Exception {
        Document longer = page("us/articles/longer/index.html");
        Element reviewed = longer.selectFirst("p.reviewed");
        assertNotNull(reviewed);
        assertEquals("Medically reviewed by Dr. B. Example on October 1, 2025.", reviewed.text());
        Element next = reviewed.nextElementSibling();
        assertEquals("<p class=\"next-review\" data-next-review=\"2027-10-01\">Next medical review due by "
                + "<time datetime=\"2027-10-01\">October 1, 2027</time>.</p>", next.outerHtml());

        Document unreviewed = page("us/articles/unreviewed/index.html");
        assertNull(unreviewed.selectFirst("p.reviewed"));
        assertEquals("2026-11-01", unreviewed.selectFirst("p.next-review").attr("data-next-review"));
    }

    @Test
    void jsonLdCarriesLastReviewedButSchemaOrgHasNoFieldForTheNextReview() throws Exception {
        String jsonLd = page("us/articles/longer/index.html").select("script[type=application/ld+json]").html();
        assertTrue(jsonLd.contains("\"lastReviewed\":\"2025-10-01\""), jsonLd);
        assertFalse(jsonLd.contains("2027-10-01"), jsonLd);
    }

    @Test
    void releaseJsonHasTheNextReviewAndTheReviewer() throws Exception {
        ReleaseManifest us = new ReleaseManifestReader().read(site.resolve("us")).orElseThrow();
        Map<String, ReleaseManifest.Page> pages = new LinkedHashMap<>();
        us.pages().forEach(p -> pages.put(p.path(), p));
        ReleaseManifest.Page overdue = pages.get("articles/overdue/index.html");
        assertEquals(List.of("2025-10-01", "2026-10-01", "Dr. A. Example"), List.of(overdue.reviewed(), overdue.nextReview(), overdue.reviewer()));
        ReleaseManifest.Page unreviewed = pages.get("articles/unreviewed/index.html");
        assertEquals(List.of("", "2026-11-01", ""), List.of(unreviewed.reviewed(), unreviewed.nextReview(), unreviewed.reviewer()));
    }

    @Test
    void checkReviewsListsEveryPageSoonestFirstAndMarksOverdueOnes() {
        SiteRun check = SiteRun.of("check", "--reviews", "--content", content.toString());
        assertEquals(0, check.status(), check.err());
        assertEquals(List.of(
                "next review\tlast review\treviewer\tpage\tstatus",
                "2026-10-01\t2025-10-01\tDr. A. Example\t" + content + "/articles/overdue.md\toverdue",
                "2026-11-01\t-\t-\t" + content + "/articles/unreviewed.md\toverdue",
                "2027-06-01\t2026-06-01\tDr. C. Example\t" + content + "/faq/question.md\tdue",
                "2027-10-01\t2025-10-01\tDr. B. Example\t" + content + "/articles/longer.md\tdue",
                "-\t-\t-\t" + content + "/faq/undated.md\tno schedule"), check.outLines());
    }

    @Test
    void pagesNeverDependOnToday() {
        Path early = folder.resolve("early");
        Path late = folder.resolve("late");
        BuildResult before = new SiteBuilder().build(options(early, LocalDate.of(2020, 1, 1)), true);
        BuildResult after = new SiteBuilder().build(options(late, LocalDate.of(2030, 1, 1)), true);
        assertEquals(0, before.diagnostics().warnings().size(), before.diagnostics().all().toString());
        assertEquals(4, after.diagnostics().warnings().size(), after.diagnostics().all().toString());
        FolderSnapshot a = FolderSnapshot.of(early);
        FolderSnapshot b = FolderSnapshot.of(late);
        assertEquals(a, b, a.differences(b));
    }

    private static BuildOptions options(Path output, LocalDate today) {
        return new BuildOptions(TestContent.PROJECT, content, output, false, "", false, today);
    }

    @Test
    void todayIsSourceDateEpochElseTheCurrentDateInUtc() {
        Clock clock = Clock.fixed(Instant.parse("2031-05-06T23:30:00Z"), ZoneOffset.ofHours(5));
        assertEquals(LocalDate.of(2026, 11, 29), Today.of(Map.of(Today.VARIABLE, TODAY_EPOCH), clock));
        assertEquals(LocalDate.of(2026, 11, 29), Today.of(Map.of(Today.VARIABLE, "1795996799"), clock), "last second of the day");
        assertEquals(LocalDate.of(2031, 5, 6), Today.of(Map.of(), clock));
        assertEquals(LocalDate.of(2031, 5, 6), Today.of(Map.of(Today.VARIABLE, ""), clock));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Today.of(Map.of(Today.VARIABLE, "2026-11-29"), clock));
        assertEquals("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not '2026-11-29'", bad.getMessage());
    }

    @Test
    void aMalformedSourceDateEpochIsAUsageError() throws Exception {
        ChildJvm.Result run = new ChildJvm(Map.of(Today.VARIABLE, "yesterday"), List.of())
                .run(folder.resolve("err.txt"), "check", "--content", content.toString());
        assertEquals(2, run.status(), run.err());
        assertEquals("error: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, not 'yesterday'\n", run.err());
    }

    @Test
    void reviewIntervalMustBeAWholeNumberOfMonths() {
        Map<String, String> files = files();
        files.put("site.md", "---\ntitle: Review Fixture\nreview_interval: twelve\n---\n");
        files.put("articles/longer.md", files.get("articles/longer.md").replace("review_interval: 24", "review_interval: 0"));
        Path bad = SiteRun.write(folder.resolve("bad-interval"), files);
        SiteRun run = SiteRun.of("check", "--content", bad.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(
                bad + "/articles/longer.md:7: 'review_interval' must be a whole number of months from 1 to 120, e.g. 12, not '0'",
                bad + "/site.md:3: 'review_interval' must be a whole number of months from 1 to 120, e.g. 12, not 'twelve'",
                "build failed: 2 errors, 0 warnings; the previous output was left as it was"), run.errLines());
    }

    private static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(site.resolve(path)));
    }
}
