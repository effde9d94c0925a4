package org.sitegen.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Answers what {@link SiteFiles} could not: the edition's own {@code 404.html} (status 404) for a missing page
 * under an edition, a short 404 page elsewhere, and, while the site has not been built (the first build failed or
 * is still running), a waiting page (status 503). Each carries the reload script, so it shows the build's errors
 * and turns into the real page by itself once the site builds.
 */
final class MissingPages extends Handler.Abstract {
    private static final String NOT_BUILT = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>sitegen preview: the site is not built</title>
            <link rel="stylesheet" href="/__sitegen/preview.css"></head>
            <body class="sitegen-preview-page"><main><h1>The site is not built yet</h1>
            <p>The build is running or has failed. Its errors show on this page; fix them and save, and the page
            reloads by itself once the site builds.</p></main></body>
            </html>
            """;
    private static final String NO_PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>sitegen preview: no such page</title>
            <link rel="stylesheet" href="/__sitegen/preview.css"></head>
            <body class="sitegen-preview-page"><main><h1>No page here</h1>
            <p>The site has no page at this address. <a href="/">Choose a region</a>.</p></main></body>
            </html>
            """;

    private final SiteFiles files;
    private final Supplier<PreviewState> state;

    MissingPages(SiteFiles files, Supplier<PreviewState> state) {
        this.files = files;
        this.state = state;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String version = state.get().version();
        if (files.file("/").isEmpty()) {
            SiteFiles.send(response, callback, 503, "text/html; charset=utf-8", ReloadScript.into(NOT_BUILT, version));
            return true;
        }
        Optional<String> editionPage = editionNotFound(path);
        SiteFiles.send(response, callback, 404, "text/html; charset=utf-8", ReloadScript.into(editionPage.orElse(NO_PAGE), version));
        return true;
    }

    /**
     * The 404 page of the edition the path is under, its relative links made absolute from the edition's folder
     * so that they work at any depth (a published host does the same with {@code --base-url}).
     */
    private Optional<String> editionNotFound(String path) {
        String[] segments = path.split("/");
        if (segments.length < 2 || segments[1].isEmpty()) {
            return Optional.empty();
        }
        String page = "/" + segments[1] + "/404.html";
        Optional<Path> file = files.file(page);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        String html;
        try {
            html = Files.readString(file.get(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        String base = "http://preview.invalid" + page;
        Document document = Jsoup.parse(html, base);
        document.outputSettings().prettyPrint(false);
        for (Element element : document.select("[href], [src]")) {
            for (String attribute : new String[] {"href", "src"}) {
                String value = element.attr(attribute);
                if (!value.isEmpty() && !value.startsWith("#")) {
                    absolutePath(element.absUrl(attribute)).ifPresent(absolute -> element.attr(attribute, absolute));
                }
            }
        }
        return Optional.of(document.outerHtml());
    }

    private static Optional<String> absolutePath(String url) {
        try {
            URI uri = new URI(url);
            if (!"preview.invalid".equals(uri.getHost())) {
                return Optional.empty();
            }
            return Optional.of(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
