package org.sitegen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.testing.Folders;

/** Option values are checked before anything is built: {@code --base-url}, and region codes the output reserves. */
class CommandLineValuesTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "JavaScript:alert(1)", "ftp://example.org/", "/care/", "example.org/care/",
            "https://", "https:///care/", "https://example.org/care/?utm=1", "https://example.org/care/#top", "https://exa mple.org/",
            "https://user:secret@example.org/care/", "https://example.org/\"><script>x()</script>"})
    void theBaseUrlMustBeAnAbsoluteHttpOrHttpsUrl(String baseUrl, @TempDir Path temp) {
        for (String command : List.of("build", "check", "serve")) {
            List<String> args = Stream.of(command, "--content", SMALL_SITE.toString(), "--base-url", baseUrl).toList();
            if (!command.equals("check")) {
                args = Stream.concat(args.stream(), Stream.of("--output", temp.resolve("site").toString())).toList();
            }
            CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));

            assertEquals(2, run.status(), command + ": " + run.err());
            assertEquals(List.of("error: --base-url " + baseUrl + ": must be an absolute http or https URL, e.g. https://example.org/care/"),
                    run.lines(), command);
            assertTrue(Files.notExists(temp.resolve("site")));
        }
    }

    @Test
    void anEmptyContentValueIsAUsageError(@TempDir Path temp) {
        for (String command : List.of("build", "check", "serve")) {
            List<String> args = command.equals("check") ? List.of(command, "--content", "")
                    : List.of(command, "--content", "", "--output", temp.resolve("site").toString());
            CommandLineRun run = CommandLineRun.of(args.toArray(String[]::new));
            assertEquals(2, run.status(), command + ": " + run.err());
            assertEquals(List.of("error: --content \"\": empty value (an unset variable?); name the content folder, e.g. --content content"),
                    run.lines(), command);
        }
    }

    @Test
    void anHttpsBaseUrlIsAccepted(@TempDir Path temp) throws IOException {
        CommandLineRun run = CommandLineRun.of("build", "--content", SMALL_SITE.toString(), "--base-url", "https://example.org/care/",
                "--output", temp.resolve("site").toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(temp.resolve("site/intl/sitemap.xml"), StandardCharsets.UTF_8)
                .contains("<loc>https://example.org/care/intl/</loc>"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"css", "js", "search", "tags", "articles", "faq", "glossary", "images", "assets"})
    void aRegionCodeThatIsAFolderOfTheOutputIsAContentError(String code, @TempDir Path temp) throws IOException {
        Path content = Folders.copy(SMALL_SITE, temp.resolve("content"));
        Files.writeString(content.resolve("regions/" + code + ".md"), "---\nname: Assets\nlang: en\n---\n\nA disclaimer.\n");

        CommandLineRun run = CommandLineRun.of("build", "--content", content.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(content.resolve("regions/" + code + ".md") + ": region code '" + code + "' is reserved for a folder of the output "
                + "(articles, assets, css, faq, fonts, glossary, images, img, js, media, search, tags): rename the file",
                "build failed: 1 error, 0 warnings; the previous output was left as it was"), run.lines());
        assertTrue(Files.notExists(temp.resolve("site")));
    }
}
