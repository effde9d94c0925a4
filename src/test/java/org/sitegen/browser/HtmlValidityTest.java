package org.sitegen.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        Process vnu = new ProcessBuilder(java, "-jar", VNU.toString(), "--skip-non-html", "--format", "json", site.toString())
                .redirectErrorStream(false)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(report.toFile())
                .start();
        int exit = vnu.waitFor();
        String messages = Files.readString(report, StandardCharsets.UTF_8);
        assertTrue(messages.contains("\"messages\""), "vnu produced no report: " + messages);
        // every message, warnings included, so that the language checks are seen: "This document appears to be written in
        // English but the html start tag has lang=tr-TR" and its kin
        com.fasterxml.jackson.databind.JsonNode parsed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(messages);
        List<String> errors = new ArrayList<>();
        List<String> language = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode message : parsed.get("messages")) {
            String line = message.path("url").asText() + ": " + message.path("message").asText();
            if (message.path("type").asText().equals("error")) {
                errors.add(line);
            } else if (message.path("message").asText().toLowerCase(Locale.ROOT).contains("lang")) {
                language.add(line);
            }
        }
        assertEquals(List.of(), errors, "the Nu HTML Checker found errors");
        assertEquals(List.of(), language, "the Nu HTML Checker warns about the language of pages");
        assertEquals(0, exit, "the Nu HTML Checker found errors:\n" + messages);
    }

}
