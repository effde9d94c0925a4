package org.sitegen.lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.BuildResult;
import org.sitegen.pipeline.SiteBuilder;

/** A small content folder written file by file, built with the project's templates. */
final class LanguageFixture {
    final Path content;
    final Path output;

    LanguageFixture(Path temp) {
        this.content = temp.resolve("content");
        this.output = temp.resolve("site");
        write("site.md", "---\ntitle: Pain Care Test\nowner: Test Publisher\n---\n");
        write("medical-disclaimer.md", "---\ntitle: Medical disclaimer\n---\n\nGeneral education only, not medical advice.\n");
        region("intl", "International", "en", "default: true\n");
    }

    LanguageFixture write(String relative, String text) {
        try {
            Path file = content.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    LanguageFixture region(String code, String name, String lang, String extra) {
        return write("regions/" + code + ".md", "---\nname: " + name + "\nlang: " + lang + "\n" + extra
                + "---\n\nRules for devices differ by country; ask the manufacturer what applies where you live.\n");
    }

    LanguageFixture article(String slug, String frontMatter, String body) {
        return write("articles/" + slug + ".md", "---\n" + frontMatter + "\n---\n\n" + body + "\n");
    }

    BuildResult build(String baseUrl) {
        return new SiteBuilder().build(new BuildOptions(Path.of("."), content, output, false, baseUrl), true);
    }

    BuildResult build() {
        return build("");
    }

    /** Builds and requires a clean build. */
    org.sitegen.testing.BuiltSite built() {
        BuildResult result = build();
        org.junit.jupiter.api.Assertions.assertTrue(result.ok(), () -> result.diagnostics().all().toString());
        return new org.sitegen.testing.BuiltSite(output);
    }

    /** The errors of a build, as editors read them. */
    static java.util.List<String> errors(BuildResult result) {
        return result.diagnostics().errors().stream().map(org.sitegen.diagnostics.Diagnostic::format).toList();
    }
}
