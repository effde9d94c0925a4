package org.sitegen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A Hugo site over the same synthetic articles and FAQ entries, for the side-by-side benchmark: the Markdown files
 * are copied as they are (Hugo ignores the front-matter keys it does not know), with a minimal theme that renders
 * each article with its table of contents and tags, the taxonomy pages, the home page, RSS and the sitemap.
 */
final class HugoProject {
    private static final String CONFIG = """
            baseURL = "https://example.org/"
            languageCode = "en"
            title = "Synthetic benchmark site"
            [taxonomies]
              tag = "tags"
            [markup.goldmark.renderer]
              unsafe = true
            """;
    private static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
            <meta name="description" content="{{ .Params.summary }}"></head>
            <body><header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a></header>
            <main>{{ block "main" . }}{{ end }}</main>
            <footer>Educational content only; it is not medical advice.</footer></body></html>
            """;
    private static final String SINGLE = """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
            <nav>{{ .TableOfContents }}</nav>{{ .Content }}
            <p>{{ range .Params.tags }}<a href="{{ "/tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a> {{ end }}</p>
            <ul>{{ range first 5 (.Site.RegularPages.Related .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            </article>{{ end }}
            """;
    private static final String LIST = """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
            <p>{{ .Params.summary }}</p></li>{{ end }}</ul>{{ end }}
            """;

    private HugoProject() {
    }

    /** Writes the Hugo project into {@code hugo}, with the articles and FAQ entries of {@code content}. */
    static void write(Path content, Path hugo) throws IOException {
        ProjectFiles.write(hugo.resolve("hugo.toml"), CONFIG);
        ProjectFiles.write(hugo.resolve("layouts/_default/baseof.html"), BASEOF);
        ProjectFiles.write(hugo.resolve("layouts/_default/single.html"), SINGLE);
        ProjectFiles.write(hugo.resolve("layouts/_default/list.html"), LIST);
        ProjectFiles.write(hugo.resolve("layouts/index.html"), LIST);
        for (String folder : new String[] {"articles", "faq"}) {
            Path target = hugo.resolve("content").resolve(folder);
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(content.resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()));
                }
            }
        }
    }

}
