package org.sitegen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitegen diff} on real fixture builds ({@link FixtureSites}): the base site against a site with a changed
 * body and review date, a changed US disclaimer, a changed EU product status, a removed and an added article; and
 * against the same content built with a template that changes no visible text.
 */
class DiffCommandTest {
    @TempDir
    static Path folder;
    static Path base;
    static Path changed;
    static Path layout;

    @BeforeAll
    static void buildSites() {
        base = FixtureSites.build(folder.resolve("base"), FixtureSites.base());
        changed = FixtureSites.build(folder.resolve("changed"), FixtureSites.changed());
        Path project = FixtureSites.projectWithLayout(folder.resolve("layout"),
                ftl -> ftl.replace("<meta charset=\"utf-8\">", "<meta charset=\"utf-8\">\n<meta name=\"generator\" content=\"sitegen\">"));
        layout = FixtureSites.build(folder.resolve("layout"), FixtureSites.base(), project);
    }

    @Test
    void changedBodyIsAWordDiffOfTheVisibleText() {
        DiffRun run = DiffRun.of(base, changed);
        assertEquals(3, run.status(), run.err());
        List<String> us = run.edition("us");
        int page = us.indexOf("    * articles/basics/index.html");
        assertTrue(page > 0, run.out());
        assertEquals("        reviewed: 2026-03-02 -> 2026-04-01", us.get(page + 1));
        assertEquals("        body: ...reviewed by Dr. A. Example on [-March 2,-] {+April 1,+} 2026. Pain that [-goes on-] {+lasts+} "
                + "for months can affect [-sleep-] {+sleep, mood+} and work. A care team can...", us.get(page + 2));
    }

    @Test
    void changedDisclaimerIsCalledOutFirstAndNotRepeatedPerPage() {
        List<String> us = DiffRun.of(base, changed).edition("us");
        assertEquals(List.of(
                "Edition us: changed (compared by HTML)",
                "  ! Disclaimer changed on every page of the edition:",
                "      ...not medical advice. Only devices cleared {+or approved+} by the FDA may be marketed..."), us.subList(0, 3));
        assertTrue(us.contains("  Changed only by the disclaimer and product changes above: 6 pages"), String.join("\n", us));
        assertFalse(us.stream().anyMatch(l -> l.startsWith("        disclaimer:")), String.join("\n", us));
    }

    @Test
    void changedProductStatusIsCalledOutFirst() {
        List<String> eu = DiffRun.of(base, changed).edition("eu");
        assertEquals(List.of(
                "Edition eu: changed (compared by HTML)",
                "  ! Product rf-generator: status approved -> investigational on 1 page:",
                "      wording: The radiofrequency lesion generator is [-approved-] {+investigational+} here.",
                "      articles/basics/index.html"), eu.subList(0, 4));
    }

    @Test
    void removedAndAddedPagesAreListed() {
        List<String> eu = DiffRun.of(base, changed).edition("eu");
        int added = eu.indexOf("  Added pages (1):");
        assertEquals("    + articles/new-guide/index.html", eu.get(added + 1));
        assertEquals("  Removed pages (1):", eu.get(added + 2));
        assertEquals("    - articles/old-notes/index.html", eu.get(added + 3));
    }

    @Test
    void summaryAndExitStatusWhenSomethingChanged() {
        DiffRun run = DiffRun.of(base, changed);
        assertEquals(3, run.status());
        assertEquals("", run.err());
        assertEquals("Summary: 2 of 2 editions changed; 2 pages added, 2 removed, 4 changed, "
                + "6 changed only by disclaimer or product changes, 0 layout only.", run.lines().get(run.lines().size() - 1));
    }

    @Test
    void templateOnlyChangeIsCountedAsLayoutOnlyNotItemised() {
        DiffRun run = DiffRun.of(base, layout);
        assertEquals(3, run.status(), "a layout change is still a change");
        assertEquals(List.of(
                "Edition us: changed (compared by HTML)",
                "  Layout only (bytes changed, visible text the same): 9 pages",
                "  Unchanged: 0 pages"), run.edition("us"));
        assertEquals("Summary: 2 of 2 editions changed; 0 pages added, 0 removed, 0 changed, "
                + "0 changed only by disclaimer or product changes, 18 layout only.", run.lines().get(run.lines().size() - 1));
    }

    @Test
    void nothingChangedExitsZero() {
        DiffRun run = DiffRun.of(base, base);
        assertEquals(0, run.status());
        assertEquals(List.of(
                "Release report: " + base + " -> " + base,
                "",
                "Edition eu: no changes (9 pages)",
                "",
                "Edition us: no changes (9 pages)",
                "",
                "Summary: no changes in 2 editions (18 pages)."), run.lines());
        assertEquals("", run.err());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() throws Exception {
        Path missing = folder.resolve("missing");
        Path notASite = folder.resolve("base/content");
        Path aFile = Files.writeString(folder.resolve("file.txt"), "x");
        assertUsage("error: no such folder: " + missing + "\n", missing, changed);
        assertUsage("error: no such folder: " + missing + "\n", base, missing);
        assertUsage("error: not a built site (no edition folder with an index.html): " + notASite + "\n", notASite, changed);
        assertUsage("error: not a folder: " + aFile + "\n", aFile, changed);
        assertUsage("error: unknown format 'pdf': use text, html or json\n", base, changed, "--format", "pdf");
        assertUsage("error: diff needs two folders, OLD_SITE NEW_SITE; got 1\n", base);
        assertUsage("error: diff needs two folders, OLD_SITE NEW_SITE; got 3\n", base, changed, layout);
        assertUsage("error: unknown option or argument: --colour\n", base, changed, "--colour");
    }

    private static void assertUsage(String expected, Object... args) {
        DiffRun run = DiffRun.of(args);
        assertEquals(2, run.status(), run.out() + run.err());
        assertEquals(expected, run.err());
        assertEquals("", run.out());
    }

    @Test
    void htmlFormatIsOneSelfContainedEscapedPage() {
        DiffRun run = DiffRun.of(base, changed, "--format", "html");
        assertEquals(3, run.status(), run.err());
        String html = run.out();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src=|href=|url\\(|@import).*"), "no requests");
        assertTrue(html.chars().allMatch(c -> c < 0x80), "non-ASCII written as character references");
        Document report = Jsoup.parse(html);
        assertEquals("Release report", report.title());
        assertEquals("Summary: 2 of 2 editions changed; 2 pages added, 2 removed, 4 changed, "
                + "6 changed only by disclaimer or product changes, 0 layout only.", report.selectFirst("p.summary").text());
        var us = report.getElementById("edition-us");
        assertEquals("Edition us: changed (compared by HTML)", us.selectFirst("h2").text());
        assertEquals("Disclaimer changed on every page of the edition:", us.child(1).selectFirst("strong").text(), "called out first");
        assertEquals("or approved", us.selectFirst(".callout ins").text());
        var eu = report.getElementById("edition-eu");
        assertEquals("Product rf-generator: status approved -> investigational on 1 page:", eu.child(1).selectFirst("strong").text());
        String basics = "h4:has(code:containsOwn(articles/basics/index.html)) + dl ";
        assertEquals(List.of("2 March", "goes on", "sleep"), sorted(eu.select(basics + "dd.hunk del").eachText()));
        assertEquals(List.of("1 April", "lasts", "sleep, mood"), sorted(eu.select(basics + "dd.hunk ins").eachText()));
        assertEquals("reviewed", eu.selectFirst(basics + "dt").text());
        assertEquals("2026-03-02 -> 2026-04-01", eu.selectFirst(basics + "dd").text());
        assertEquals("articles/new-guide/index.html", eu.selectFirst("h3:contains(Added pages) + ul code").text());
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    @Test
    void htmlEscapesEverything() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; T&#252;rkiye &#39;", HtmlReport.esc("<script>alert(\"x\")</script> & Türkiye '"));
    }

    @Test
    void jsonFormatIsDeterministicAndComplete() throws Exception {
        DiffRun run = DiffRun.of(base, changed, "--format", "json");
        assertEquals(3, run.status(), run.err());
        assertEquals(run.out(), DiffRun.of(base, changed, "--format", "json").out(), "the same sites give the same bytes");
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertTrue(root.get("changed").asBoolean());
        assertEquals(2, root.at("/totals/added").asInt());
        JsonNode eu = root.at("/editions/0");
        assertEquals("eu", eu.get("edition").asText());
        assertEquals("compared", eu.get("status").asText());
        assertEquals("rf-generator", eu.at("/productChanges/0/product").asText());
        assertEquals("approved", eu.at("/productChanges/0/beforeStatus").asText());
        assertEquals("investigational", eu.at("/productChanges/0/afterStatus").asText());
        assertEquals("articles/basics/index.html", eu.at("/productChanges/0/pages/0").asText());
        assertEquals("articles/new-guide/index.html", eu.at("/added/0/path").asText());
        assertEquals("articles/old-notes/index.html", eu.at("/removed/0/path").asText());
        JsonNode basics = eu.at("/changed/0");
        assertEquals("articles/basics/index.html", basics.get("path").asText());
        assertEquals("reviewed", basics.at("/fields/0/field").asText());
        assertEquals("2026-04-01", basics.at("/fields/0/after").asText());
        JsonNode us = root.at("/editions/1");
        assertEquals("insert", us.at("/disclaimer/0/segments/1/op").asText());
        assertEquals("or approved", us.at("/disclaimer/0/segments/1/text").asText());
        assertEquals(6, us.get("changedByCallouts").asInt());
        assertEquals(0, DiffRun.of(base, base, "--format", "json").status());
    }

    @Test
    void releaseJsonIsReadFirst(@TempDir Path work) throws Exception {
        Path before = work.resolve("before");
        Path after = work.resolve("after");
        FixtureSites.copy(base, before);
        FixtureSites.copy(changed, after);
        Manifests.write(before, page -> page);
        Manifests.write(after, page -> page.path().equals("articles/basics/index.html")
                ? page.withAllowPhrases(List.of("effective")) : page);

        DiffRun run = DiffRun.of(before, after);
        assertEquals(3, run.status(), run.err());
        List<String> eu = run.edition("eu");
        assertEquals("Edition eu (European Union): changed (compared by release.json)", eu.get(0));
        assertTrue(eu.contains("    + articles/new-guide/index.html  content/articles/new-guide.md"), String.join("\n", eu));
        int page = eu.indexOf("    * articles/basics/index.html  content/articles/basics.md");
        assertEquals("        allowed phrases: (none) -> \"effective\"", eu.get(page + 2));
        assertEquals("        allowed phrases: \"effective\"", eu.get(page + 4));

        // equal hashes mean unchanged, without reading the HTML
        Path tampered = work.resolve("tampered");
        FixtureSites.copy(before, tampered);
        Path page1 = tampered.resolve("us/articles/recovery/index.html");
        Files.writeString(page1, Files.readString(page1).replace("return to light activity", "run a marathon"));
        assertEquals(0, DiffRun.of(before, tampered).status());
        Files.delete(tampered.resolve("us/release.json"));
        DiffRun html = DiffRun.of(before, tampered);
        assertEquals(3, html.status(), "without release.json on one side the HTML is compared");
        assertTrue(html.out().contains("{+run a marathon.+}"), html.out());
    }
}
