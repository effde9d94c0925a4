package org.sitegen.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command. */
final class SiteOptions {
    @Option(names = "--content", description = "Content folder (default: content in the project).")
    Path content;

    @Option(names = "--project", defaultValue = ".", description = "Project folder with templates/ and assets/ (default: .).")
    Path project;

    @Option(names = "--base-url", defaultValue = "", description = "Absolute URL of the site, for the sitemap and feed.")
    String baseUrl;

    Path contentFolder() {
        return content != null ? content : project.resolve("content");
    }
}
