package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assertions;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;

/** Every page of every edition is valid HTML according to the W3C Nu HTML Checker (vnu-jar from npm). */
@Tag("browser")
class HtmlValidityTest {
    private static final Path VNU = Path.of(System.getProperty("vnu.jar", ".tools/node_modules/vnu-jar/build/dist/vnu.jar"));

    @Test
    void everyPageIsValidHtml(@TempDir Path folder) throws Exception {
        boolean present = Files.isRegularFile(VNU);
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail(VNU + " is missing: .ci/run installs vnu-jar");
        }
        Assumptions.assumeTrue(present, VNU + " is not installed (see .ci/run); HTML validation skipped");
        Path site = folder.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("."), org.sitegen.testing.TestContent.CONTENT, site, false, ""), true);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        long pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).count();
        }
        assertTrue(pages > 50, "expected every page of every edition, found " + pages);

        Path report = folder.resolve("vnu.json");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process vnu = new ProcessBuilder(java, "-jar", VNU.toString(), "--errors-only", "--skip-non-html", "--format", "json", site.toString())
                .redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(report.toFile())
                .start();
        int exit = vnu.waitFor();
        String messages = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(messages.contains("\"messages\""), "vnu produced no report: " + messages);
        assertEquals(0, exit, "the Nu HTML Checker found errors:\n" + messages);
        assertTrue(messages.contains("\"messages\":[]"), "the Nu HTML Checker found errors:\n" + messages);
    }

}
