package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitegen.testing.FolderSnapshot;
import org.sitegen.testing.SiteRun;

/**
 * {@code --strict} on each warning there is: a clean fixture site plus one change that causes exactly one warning.
 * Without {@code --strict} it is a warning and the build succeeds; with it, the same line is an error, the exit status
 * is 1 and the previously built site is untouched. ({@code SOURCE_DATE_EPOCH} is 2026-11-29, set in pom.xml.)
 */
class StrictModeTest {
    @TempDir
    Path folder;

    static Map<String, String> clean() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("site.md", "---\ntitle: Strict Fixture\n---\n");
        files.put("medical-disclaimer.md", "---\ntitle: Medical disclaimer\n---\n\nThis site is for general education only.\n");
        files.put("regions/us.md", "---\nname: United States\nlang: en-US\ndefault: true\nproducts:\n  pump: approved\n---\n\n"
                + "Device rules differ by country.\n");
        files.put("products/pump.md", "---\nname: Drug pump\n---\n\nAn implanted pump.\n");
        files.put("articles/first.md", "---\ntitle: First\nsummary: The first page.\ndate: 2026-01-05\n---\n\nSee [[second]].\n");
        files.put("articles/second.md", "---\ntitle: Second\nsummary: The second page.\ndate: 2026-01-06\n---\n\nSee [[first]].\n");
        return files;
    }

    static Stream<Arguments> warnings() {
        return Stream.of(
                Arguments.of("overdue review", (Consumer<Map<String, String>>) files ->
                        files.put("articles/first.md", files.get("articles/first.md").replace("date: 2026-01-05\n",
                                "date: 2026-01-05\nreviewed: 2026-02-01\nreview_interval: 6\n")),
                        "articles/first.md:5: %s: medical review overdue: the next review was due on 2026-08-01 (last reviewed on 2026-02-01, "
                        + "every 6 months); review the page, then update 'reviewed'"),
                Arguments.of("page without text", (Consumer<Map<String, String>>) files -> {
                    files.put("articles/first.md", files.get("articles/first.md").replace("See [[second]].", "See [[second]] and [[third]]."));
                    files.put("articles/third.md", "---\ntitle: Third\nsummary: The third page.\ndate: 2026-01-07\n---\n");
                }, "articles/third.md:5: %s: the page has no text below its front matter"),
                Arguments.of("unused glossary entry", (Consumer<Map<String, String>>) files ->
                        files.put("glossary/zebra.md", "---\nterm: Zebra crossing\n---\n\nA striped place to cross a road.\n"),
                        "glossary/zebra.md:2: %s: glossary entry 'zebra' is used by no page"),
                Arguments.of("page in no edition", (Consumer<Map<String, String>>) files -> {
                    files.put("regions/us.md", files.get("regions/us.md").replace("pump: approved", "pump: not-available"));
                    files.put("articles/first.md", files.get("articles/first.md").replace("See [[second]].", "See [[second]] and [[pump]]."));
                    files.put("articles/pump.md", "---\ntitle: Pump\nsummary: About the pump.\ndate: 2026-01-07\nproducts: [pump]\n---\n\n"
                            + "See [[first]].\n");
                }, "articles/pump.md:1: %s: this page is in no edition: its regions, exclude_regions and products leave it out everywhere"),
                Arguments.of("link to a draft", (Consumer<Map<String, String>>) files -> {
                    files.put("articles/first.md", files.get("articles/first.md").replace("See [[second]].", "See [[second]] and [[upcoming]]."));
                    files.put("articles/upcoming.md", "---\ntitle: Upcoming\nsummary: Not yet.\ndate: 2026-01-09\ndraft: true\n---\n\n"
                            + "See [[first]].\n");
                }, "articles/first.md:7: %s: links to the draft {content}/articles/upcoming.md: published without --drafts, "
                        + "the link is left out (plain text) until that page is published"),
                Arguments.of("stale allow_phrases", (Consumer<Map<String, String>>) files ->
                        files.put("articles/first.md", files.get("articles/first.md").replace("date: 2026-01-05\n",
                                "date: 2026-01-05\nallow_phrases: [miracle]\n")),
                        "articles/first.md:5: %s: allow_phrases lists 'miracle', which no edition flags on this page: remove it"),
                Arguments.of("image used by no page", (Consumer<Map<String, String>>) files ->
                        files.put("images/spare.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">"
                                + "<rect width=\"10\" height=\"10\"/></svg>\n"),
                        "images/spare.svg: %s: image not used by any page: delete it, or place it with ![what it shows](../images/spare.svg)"),
                Arguments.of("image over 1 MB", (Consumer<Map<String, String>>) files -> {
                    files.put("articles/first.md", files.get("articles/first.md").replace("See [[second]].", "See [[second]].\n\n"
                            + "![A grey square](../images/big.svg)"));
                    files.put("images/big.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><path d=\""
                            + "M0 0h1".repeat(200_000) + "\"/></svg>\n");
                }, "images/big.svg: %s: image is 1.1 MB (over 1 MB): make it smaller, readers download it whole"),
                Arguments.of("two regions share a language", (Consumer<Map<String, String>>) files ->
                        files.put("regions/usa.md", "---\nname: United States again\nlang: en-US\n---\n\nDevice rules differ.\n"),
                        "regions/usa.md:3: %s: regions 'us' and 'usa' share the language 'en-US': search engines cannot tell their "
                                + "editions apart"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void buildStrictMakesTheWarningAnErrorAndKeepsThePreviousSite(String name, Consumer<Map<String, String>> change, String message) {
        Path site = folder.resolve("site");
        SiteRun first = SiteRun.of("build", "--strict", "--content", SiteRun.write(folder.resolve("clean"), clean()).toString(),
                "--output", site.toString());
        assertEquals(0, first.status(), first.err());
        FolderSnapshot before = FolderSnapshot.of(site);

        Map<String, String> files = clean();
        change.accept(files);
        Path content = SiteRun.write(folder.resolve("changed"), files);
        SiteRun lenient = SiteRun.of("check", "--content", content.toString());
        assertEquals(0, lenient.status(), lenient.err());
        assertEquals(List.of(content + "/" + message.formatted("warning").replace("{content}", content.toString()), "check passed (0 errors, 1 warning)"), lenient.errLines());

        SiteRun strict = SiteRun.of("build", "--strict", "--content", content.toString(), "--output", site.toString());
        assertEquals(1, strict.status(), strict.err());
        assertEquals(List.of(content + "/" + message.formatted("error (--strict)").replace("{content}", content.toString()),
                "build failed: 1 error, 0 warnings (--strict made 1 warning an error); the previous output was left as it was"),
                strict.errLines());
        assertEquals(before, FolderSnapshot.of(site), "the previous site is untouched");

        SiteRun checkStrict = SiteRun.of("check", "--strict", "--content", content.toString());
        assertEquals(1, checkStrict.status(), checkStrict.err());
        assertEquals(content + "/" + message.formatted("error (--strict)").replace("{content}", content.toString()), checkStrict.errLines().get(0));
    }

    @Test
    void checkStrictMakesOrphansErrors() {
        Map<String, String> files = clean();
        files.put("articles/lonely.md", "---\ntitle: Lonely\nsummary: Nobody links here.\ndate: 2026-01-08\n---\n\nSee [[first]].\n");
        Path content = SiteRun.write(folder.resolve("orphan"), files);
        SiteRun lenient = SiteRun.of("check", "--content", content.toString());
        assertEquals(List.of(content + "/articles/lonely.md: warning: orphan: no other page links to this page or lists it as related",
                "check passed (0 errors, 1 warning)"), lenient.errLines());
        SiteRun strict = SiteRun.of("check", "--strict", "--content", content.toString());
        assertEquals(1, strict.status());
        assertEquals(List.of(content + "/articles/lonely.md: error (--strict): orphan: no other page links to this page or lists it as related",
                "build failed: 1 error, 0 warnings (--strict made 1 warning an error); the previous output was left as it was"),
                strict.errLines());
    }

    @Test
    void strictWithoutWarningsBuilds() {
        SiteRun run = SiteRun.of("build", "--strict", "--content", SiteRun.write(folder.resolve("clean"), clean()).toString(),
                "--output", folder.resolve("site").toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("built 12 pages into " + folder.resolve("site") + " (0 errors, 0 warnings)"), run.errLines());
    }
}
