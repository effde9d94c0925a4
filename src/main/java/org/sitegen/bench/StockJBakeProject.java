package org.sitegen.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A stock JBake 2.7.0 project over the same synthetic articles, for the side-by-side benchmark: each article becomes a
 * JBake {@code post} with JBake's own header ({@code key=value} lines ended by {@code ~~~~~~}), rendered by minimal
 * Freemarker templates (posts, the index and tag pages). Only the benchmark uses JBake's {@code Oven} and database.
 */
final class StockJBakeProject {
    private static final String PROPERTIES = """
            site.host=https://example.org
            render.index=true
            render.tags=true
            render.feed=false
            render.archive=false
            render.sitemap=false
            template.folder=templates
            content.folder=content
            asset.folder=assets
            db.store=memory
            """;
    private static final String POST = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${content.title}</title></head>
            <body><main><article><h1>${content.title}</h1>${content.body}
            <p><#list content.tags as tag><a href="/tags/${tag}.html">${tag}</a> </#list></p></article></main></body></html>
            """;
    private static final String INDEX = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic benchmark site</title></head>
            <body><main><ul><#list published_posts as post><li><a href="${post.uri}">${post.title}</a></li></#list></ul></main></body></html>
            """;
    private static final String TAGS = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${tag}</title></head>
            <body><main><h1>${tag}</h1><ul><#list tag_posts as post><li><a href="/${post.uri}">${post.title}</a></li></#list></ul></main></body></html>
            """;

    private StockJBakeProject() {
    }

    /** Writes the JBake project into {@code project}, with the articles of {@code content}. */
    static void write(Path content, Path project) throws IOException {
        ProjectFiles.write(project.resolve("jbake.properties"), PROPERTIES);
        ProjectFiles.write(project.resolve("templates/post.ftl"), POST);
        ProjectFiles.write(project.resolve("templates/index.ftl"), INDEX);
        ProjectFiles.write(project.resolve("templates/tags.ftl"), TAGS);
        Files.createDirectories(project.resolve("assets"));
        Path posts = project.resolve("content/posts");
        Files.createDirectories(posts);
        try (Stream<Path> files = Files.list(content.resolve("articles"))) {
            for (Path file : files.sorted().toList()) {
                ProjectFiles.write(posts.resolve(file.getFileName()), jbakeHeader(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
    }

    /** The synthetic article with its YAML front matter rewritten as JBake's {@code key=value} header. */
    private static String jbakeHeader(String markdown) {
        int end = markdown.indexOf("\n---\n", 4);
        List<String> header = new ArrayList<>(List.of("type=post", "status=published"));
        for (String line : markdown.substring(4, end).split("\n")) {
            int colon = line.indexOf(':');
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "title", "date" -> header.add(key + "=" + value);
                case "tags" -> header.add("tags=" + value.replace("[", "").replace("]", "").replace(" ", ""));
                default -> {
                }
            }
        }
        // JBake's Markdown has no wiki links: the shorthand links stay as text, as they would in any foreign site
        return String.join("\n", header) + "\n~~~~~~\n" + markdown.substring(end + 5);
    }

}
