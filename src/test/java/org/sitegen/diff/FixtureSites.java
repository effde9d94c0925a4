package org.sitegen.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;
import org.sitegen.testing.TestContent;

/**
 * Small content folders written inline and built with the project's templates (or a changed copy of them), for
 * the release report's end-to-end tests. The base site has two editions ({@code us}, {@code eu}), one product and
 * three articles; {@link #changed()} changes one body and one review date, the US disclaimer, the product's status
 * in the EU, removes one article and adds another.
 */
final class FixtureSites {
    static final String BASICS_BODY = "Pain that goes on for months can affect sleep and work. A care team can help.";
    static final String BASICS_BODY_CHANGED = "Pain that lasts for months can affect sleep, mood and work. A care team can help.";
    static final String US_DISCLAIMER = "Only devices cleared by the FDA may be marketed in the United States.";
    static final String US_DISCLAIMER_CHANGED = "Only devices cleared or approved by the FDA may be marketed in the United States.";

    private FixtureSites() {
    }

    static Map<String, String> base() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("medical-disclaimer.md", "---\ntitle: Medical disclaimer\n---\n\nThis site is for general education only and is not medical advice.\n");
        files.put("site.md", "---\ntitle: Fixture Site\n---\n");
        files.put("products/rf-generator.md", """
                ---
                name: Radiofrequency lesion generator
                wording:
                  approved: "The radiofrequency lesion generator is approved here."
                  investigational: "The radiofrequency lesion generator is investigational here."
                ---

                A console used during radiofrequency ablation.
                """);
        files.put("regions/us.md", region("United States", "en-US", true, "approved", US_DISCLAIMER));
        files.put("regions/eu.md", region("European Union", "en-GB", false, "approved",
                "Devices need CE marking before they are placed on the market in the European Union."));
        files.put("articles/basics.md", article("Basics", "2026-03-02", "rf-generator", BASICS_BODY));
        files.put("articles/recovery.md", article("Recovery", "", "", "Most people rest for a day and return to light activity."));
        files.put("articles/old-notes.md", article("Old notes", "", "", "These notes are about to be retired."));
        return files;
    }

    static Map<String, String> changed() {
        Map<String, String> files = base();
        files.put("articles/basics.md", article("Basics", "2026-04-01", "rf-generator", BASICS_BODY_CHANGED));
        files.put("regions/us.md", region("United States", "en-US", true, "approved", US_DISCLAIMER_CHANGED));
        files.put("regions/eu.md", region("European Union", "en-GB", false, "investigational",
                "Devices need CE marking before they are placed on the market in the European Union."));
        files.remove("articles/old-notes.md");
        files.put("articles/new-guide.md", article("New guide", "", "", "A new guide to preparing for your first visit."));
        return files;
    }

    private static String region(String name, String lang, boolean isDefault, String status, String disclaimer) {
        return "---\nname: " + name + "\nlang: " + lang + "\n" + (isDefault ? "default: true\n" : "")
                + "products:\n  rf-generator: " + status + "\nunavailable: notice\n---\n\n" + disclaimer + "\n";
    }

    private static String article(String title, String reviewed, String product, String body) {
        return "---\ntitle: " + title + "\nsummary: About " + title.toLowerCase(java.util.Locale.ROOT) + ".\ndate: 2026-02-16\n"
                + (reviewed.isEmpty() ? "" : "reviewed: " + reviewed + "\nreviewer: Dr. A. Example\n")
                + (product.isEmpty() ? "" : "products: [" + product + "]\n") + "---\n\n" + body + "\n";
    }

    /** Writes {@code files} into {@code folder/content} and builds them into {@code folder/site} with the project's templates. */
    static Path build(Path folder, Map<String, String> files) {
        return build(folder, files, TestContent.PROJECT);
    }

    /** Builds with the templates and assets of {@code project}. */
    static Path build(Path folder, Map<String, String> files, Path project) {
        Path content = folder.resolve("content");
        files.forEach((path, text) -> write(content.resolve(path), text));
        Path site = folder.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(project, content, site, false, ""), true);
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        // these tests compare HTML; the ones about release.json write their own manifests
        try (java.util.stream.Stream<Path> manifests = Files.list(site)) {
            for (Path edition : manifests.filter(Files::isDirectory).toList()) {
                Files.deleteIfExists(edition.resolve("release.json"));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return site;
    }

    /** A copy of the project's templates, assets and JBake settings, with {@code layout.ftl} changed by {@code edit}. */
    static Path projectWithLayout(Path folder, java.util.function.UnaryOperator<String> edit) {
        Path project = folder.resolve("project");
        copy(TestContent.PROJECT.resolve("templates"), project.resolve("templates"));
        copy(TestContent.PROJECT.resolve("assets"), project.resolve("assets"));
        copy(TestContent.PROJECT.resolve("jbake.properties"), project.resolve("jbake.properties"));
        Path layout = project.resolve("templates/layout.ftl");
        write(layout, edit.apply(TestContent.readString(layout)));
        return project;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
