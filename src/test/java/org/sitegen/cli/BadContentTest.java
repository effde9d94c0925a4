package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitegen.publish.OutputStamp;

/**
 * One small content folder per kind of editor mistake (src/test/resources/fixtures/&lt;name&gt;), built through the
 * command line with the project's templates: exit status 1, every error printed as {@code path:line: message}
 * with the path as editors see it, and the previous output left exactly as it was.
 */
class BadContentTest {
    private static final String FIXTURES = "src/test/resources/fixtures";
    private static final String MARKER = "the previous site";
    private static final String TOO_DEEP = "nested more than 100 levels deep (lists, quotes, emphasis or HTML elements inside each other): "
            + "flatten it";
    /** The tags text on every page may use: the article's without the folding {@code details} and {@code summary}. */
    private static final String DISCLAIMER_TAGS = "(allowed: a, abbr, b, blockquote, br, caption, cite, code, col, colgroup, dd, div, dl, "
            + "dt, em, figcaption, figure, h1, h2, h3, h4, h5, h6, hr, i, img, kbd, li, mark, ol, p, pre, q, s, samp, small, span, strong, "
            + "sub, sup, table, tbody, td, tfoot, th, thead, tr, u, ul, var)";

    @BeforeAll
    static void runFromTheProjectFolder() {
        assertTrue(Files.isRegularFile(Path.of("pom.xml")) && Files.isDirectory(Path.of("templates")),
                "tests run with the project folder as working directory (Maven's basedir)");
    }

    /** Runs the command line, returning its exit status and what it printed on stderr. */
    record Run(int status, String err) {
        List<String> lines() {
            return err.lines().toList();
        }

        /** The printed errors: every diagnostic line that is not a warning, without the summary. */
        List<String> errors() {
            return lines().stream().filter(l -> l.contains(": ") && !l.contains(": warning: ") && !l.startsWith("build failed: ")).toList();
        }
    }

    static synchronized Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (PrintStream err = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setErr(err);
            int status = Main.run(args);
            err.flush();
            return new Run(status, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("unknown-front-matter-key", List.of(
                        "articles/basics.md:1: missing required key 'title'",
                        "articles/basics.md:2: unknown key 'titel' (did you mean 'title'?)")),
                Arguments.of("missing-required-key", List.of(
                        "articles/basics.md:1: missing required key 'summary'")),
                Arguments.of("bad-date", List.of(
                        "articles/basics.md:4: 'date' is not a real date: 2026-02-30")),
                Arguments.of("raw-script", List.of(
                        "articles/basics.md:9: raw HTML: <script> is not allowed (allowed: a, abbr, b, blockquote, br, caption, cite, "
                                + "code, col, colgroup, dd, details, div, dl, dt, em, figcaption, figure, h1, h2, h3, h4, h5, h6, hr, i, "
                                + "img, kbd, li, mark, ol, p, pre, q, s, samp, small, span, strong, sub, summary, sup, table, tbody, td, "
                                + "tfoot, th, thead, tr, u, ul, var)")),
                Arguments.of("third-party-image", List.of(
                        "articles/basics.md:9: images must load a local file, not 'https://cdn.example.org/spine.png'")),
                Arguments.of("malformed-region-marker", List.of(
                        "articles/basics.md:9: malformed region marker '::: intl': write '::: region intl' to open a region passage "
                                + "and ':::' alone to close it",
                        "articles/basics.md:11: ':::' closes no region passage")),
                Arguments.of("unknown-region", List.of(
                        "articles/basics.md:5: unknown region 'usa' (did you mean 'us'?)")),
                Arguments.of("unknown-product-id", List.of(
                        "articles/basics.md:5: unknown product id 'rf-generater' (did you mean 'rf-generator'?)")),
                Arguments.of("two-default-regions", List.of(
                        "regions/intl.md:4: more than one default region (intl, us): keep 'default: true' in exactly one",
                        "regions/us.md:4: more than one default region (intl, us): keep 'default: true' in exactly one")),
                Arguments.of("bad-product-status", List.of(
                        "regions/intl.md:6: unknown product status 'aproved' for 'rf-generator': use approved, investigational or "
                                + "not-available (did you mean 'approved'?)")),
                Arguments.of("region-without-disclaimer", List.of(
                        "regions/intl.md:6: region without disclaimer text: write the regulatory disclaimer below the front matter")),
                Arguments.of("unknown-region-block", List.of(
                        "articles/basics.md:9: unknown region 'eu' in '::: region' block")),
                Arguments.of("unclosed-region-block", List.of(
                        "articles/basics.md:9: '::: region' block is not closed: add a line with only ':::' after it")),
                Arguments.of("unknown-link-target", List.of(
                        "articles/basics.md:9: link [[radiofrequency-ablaton]] points to unknown article 'radiofrequency-ablaton' "
                                + "(did you mean 'radiofrequency-ablation'?)")),
                Arguments.of("unknown-heading-anchor", List.of(
                        "articles/basics.md:9: link 'radiofrequency-ablation.md' points to unknown heading '#risk' in "
                                + "radiofrequency-ablation (did you mean 'risks'?)")),
                Arguments.of("absolute-output-link", List.of(
                        "articles/basics.md:9: link '/articles/radiofrequency-ablation/' is an absolute path into the output: link the "
                                + "source file instead, e.g. 'radiofrequency-ablation.md' or [[radiofrequency-ablation]]")),
                Arguments.of("malformed-shorthand", List.of(
                        "articles/basics.md:9: malformed link [[foo:bar]]: use [[slug]], [[faq:slug]], [[glossary:slug]], [[page:slug]] or [[plain:text]]")),
                Arguments.of("related-names-itself", List.of(
                        "articles/basics.md:5: related entry 'basics' names this page itself")),
                Arguments.of("boolean-yes", List.of(
                        "articles/basics.md:5: 'draft' must be true or false")),
                Arguments.of("reference-link-unknown", List.of(
                        "articles/basics.md:7: link 'missing-page.md' points to unknown article 'missing-page'")),
                Arguments.of("recursive-alias", List.of(
                        "articles/basics.md:5: front matter is nested too deeply (an alias that refers to itself?)")),
                Arguments.of("region-only-heading-link", List.of(
                        "articles/basics.md:7: link #intl-notes points to heading '#intl-notes', which only the intl edition(s) show: "
                                + "link a heading every edition has")),
                Arguments.of("tag-collision", List.of(
                        "articles/basics.md:5: tags 'c' and 'c++' would share the page tags/c/: use one spelling")),
                Arguments.of("link-in-disclaimer", List.of(
                        "medical-disclaimer.md:5: links to pages are not allowed here: this text is shown on every page of an edition "
                                + "(links to other sites are fine)")),
                Arguments.of("reserved-heading", List.of(
                        "articles/basics.md:9: the heading id 'main' is used by the page layout: reword the heading")),
                Arguments.of("broken-page-linked", List.of(
                        "articles/basics.md:4: 'date' is not a real date: 2026-02-30")),
                Arguments.of("faq-related-faq", List.of(
                        "faq/is-it-safe.md:4: related entry 'faq:is-it-safe': a FAQ entry lists related articles only (article slugs)")),
                Arguments.of("glossary-defined-twice", List.of(
                        "glossary/regional-block.md:3: 'nerve block' is already defined in " + FIXTURES
                                + "/glossary-defined-twice/glossary/nerve-block.md")),
                Arguments.of("see-also-unknown", List.of(
                        "glossary/facet-joint.md:3: see_also names unknown glossary entry 'medial-branch-blok' "
                                + "(did you mean 'medial-branch-block'?)")),
                Arguments.of("unknown-glossary-link", List.of(
                        "articles/basics.md:9: link [[glossary:facet-jiont]] points to unknown glossary entry 'facet-jiont' "
                                + "(did you mean 'glossary:facet-joint'?)")),
                Arguments.of("empty-regions-list", List.of(
                        "articles/basics.md:5: 'regions' is empty, so the page would be published nowhere: list the regions it is for, "
                                + "or set 'draft: true' to keep it unpublished")),
                Arguments.of("regions-leave-no-edition", List.of(
                        "articles/basics.md:5: 'regions' and 'exclude_regions' leave no edition, so the page would be published nowhere: "
                                + "fix the lists, or set 'draft: true' to keep it unpublished")),
                Arguments.of("not-utf8", List.of(
                        "articles/basics.md:9: the file is not UTF-8 text: save it as UTF-8")),
                Arguments.of("site-settings-with-text", List.of(
                        "site.md:5: site.md holds settings only: move the text below the front matter into a page")),
                Arguments.of("empty-glossary-definition", List.of(
                        "glossary/facet-joint.md:4: empty definition: write the definition below the front matter")),
                Arguments.of("disclaimer-folded", List.of(
                        "medical-disclaimer.md:5: raw HTML: <details> is not allowed " + DISCLAIMER_TAGS,
                        "medical-disclaimer.md:5: raw HTML: <summary> is not allowed " + DISCLAIMER_TAGS)),
                Arguments.of("layout-class", List.of(
                        "articles/basics.md:9: raw HTML: the class 'note' is not allowed (allowed: no-gloss)",
                        "articles/basics.md:9: raw HTML: the class 'skip-link' is not allowed (allowed: no-gloss)")),
                Arguments.of("region-disclaimer-hidden", List.of(
                        "regions/intl.md:7: raw HTML: the class 'term-tip' is not allowed (allowed: no-gloss)")),
                Arguments.of("disclaimer-without-text", List.of(
                        "medical-disclaimer.md:4: the medical disclaimer is empty")),
                Arguments.of("lookalike-region-marker", List.of(
                        "articles/basics.md:9: malformed region marker '\uFF1A\uFF1A\uFF1A region intl': write '::: region intl' to open "
                                + "a region passage and ':::' alone to close it",
                        "articles/basics.md:11: malformed region marker '\uFF1A\uFF1A\uFF1A': write '::: region <codes>' to open a region "
                                + "passage and ':::' alone to close it")),
                Arguments.of("definition-only-in-region", List.of(
                        "glossary/facet-joint.md:4: the definition has no text outside '::: region' passages: its first sentence is the "
                                + "tooltip and summary in every edition, so start with a sentence that holds everywhere")),
                Arguments.of("nested-too-deep", List.of("articles/basics.md:9: " + TOO_DEEP)),
                Arguments.of("deep-emphasis", List.of("articles/basics.md:9: " + TOO_DEEP)),
                Arguments.of("deep-html", List.of(
                        "articles/basics.md:9: raw HTML: elements are nested more than 256 levels deep: flatten them")),
                Arguments.of("non-markdown-file", List.of(
                        "articles/notes.txt: not a Markdown file: only .md files belong in the content folder")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void badContentFailsTheBuildWithItsMessageAndKeepsThePreviousOutput(String fixture, List<String> expected, @TempDir Path temp)
            throws IOException {
        String content = FIXTURES + "/" + fixture;
        assertTrue(Files.isRegularFile(Path.of(content, "medical-disclaimer.md")), content);
        Path output = temp.resolve("site");
        Files.createDirectories(output.resolve("us"));
        Files.writeString(output.resolve("us/index.html"), MARKER, StandardCharsets.UTF_8);
        Files.writeString(output.resolve(OutputStamp.FILE_NAME), "a site of an earlier build");

        Run run = run("build", "--content", content, "--output", output.toString());

        assertEquals(1, run.status(), run.err());
        List<String> lines = expected.stream().map(line -> content + "/" + line).toList();
        assertEquals(lines, run.errors(), run.err());
        assertTrue(run.lines().get(run.lines().size() - 1).startsWith("build failed: " + lines.size() + " error"), run.err());
        try (Stream<Path> files = Files.walk(temp)) {
            assertEquals(List.of(temp, output, output.resolve(OutputStamp.FILE_NAME), output.resolve("us"), output.resolve("us/index.html")),
                    files.sorted().toList(),
                    "the output is untouched and no staging folder is left behind");
        }
        assertEquals(MARKER, Files.readString(output.resolve("us/index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void everyFixtureIsTested() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of(FIXTURES))) {
            assertEquals(fixtures().map(a -> (String) a.get()[0]).sorted().toList(),
                    folders.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void brokenTemplateIsOneLineWithItsPlace(@TempDir Path temp) throws IOException {
        Path project = temp.resolve("project");
        org.sitegen.testing.Folders.copy(Path.of("templates"), project.resolve("templates"));
        Files.copy(Path.of("jbake.properties"), project.resolve("jbake.properties"));
        Path tags = project.resolve("templates/tags.ftl");
        Files.writeString(tags, Files.readString(tags).replace("${t.name}", "${t.nmae}"));
        Path output = temp.resolve("site");

        Run run = run("build", "--project", project.toString(), "--content", org.sitegen.testing.TestContent.CONTENT.toString(), "--output", output.toString());

        assertEquals(1, run.status(), run.err());
        assertEquals(2, run.lines().size(), run.err());
        assertTrue(run.lines().get(0).matches(java.util.regex.Pattern.quote(tags.toString()) + ":\\d+:\\d+: .*t\\.nmae.*"), run.err());
        assertTrue(Files.notExists(output), "nothing is published");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(project), left.toList(), "no staging folder is left behind");
        }
    }

    @Test
    void aTemplateThatDoesNotParseIsOneLineWithItsOwnPlace(@TempDir Path temp) throws IOException {
        for (String broken : List.of("article.ftl", "layout.ftl")) { // a page's template, and the one every page imports
            Path project = temp.resolve(broken + "-project");
            org.sitegen.testing.Folders.copy(Path.of("templates"), project.resolve("templates"));
            Files.copy(Path.of("jbake.properties"), project.resolve("jbake.properties"));
            Path template = project.resolve("templates/" + broken);
            Files.writeString(template, "\n\n<#if>\n" + Files.readString(template));

            Run run = run("build", "--project", project.toString(), "--content", org.sitegen.testing.TestContent.CONTENT.toString(),
                    "--output", temp.resolve(broken + "-site").toString());

            assertEquals(1, run.status(), run.err());
            assertEquals(2, run.lines().size(), run.err());
            assertEquals(template + ":3:2: #if is an existing directive, but the tag is malformed.  (See FreeMarker Manual / Directive "
                    + "Reference.)", run.lines().get(0), broken);
            assertFalse(run.lines().get(0).contains("earlier attempt"), run.err());
            assertFalse(run.lines().get(0).contains("importing failed"), run.err());
        }
    }

    @Test
    void unknownOptionIsAUsageError(@TempDir Path temp) {
        Run run = run("build", "--no-such-option", "--output", temp.resolve("site").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains("Unknown option: '--no-such-option'"), run.err());
        assertTrue(Files.notExists(temp.resolve("site")));
    }

    @Test
    void missingCommandIsAUsageError() {
        Run run = run();
        assertEquals(2, run.status());
        assertTrue(run.err().contains("name a command: build, check, serve, diff or translations"), run.err());
    }

    @Test
    void missingContentFolderIsAContentError(@TempDir Path temp) {
        Run run = run("build", "--content", FIXTURES + "/no-such-folder", "--output", temp.resolve("site").toString());
        assertEquals(1, run.status());
        assertEquals(List.of(FIXTURES + "/no-such-folder: folder not found"), run.errors(), run.err());
    }
}
