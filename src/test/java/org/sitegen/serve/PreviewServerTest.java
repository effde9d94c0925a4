package org.sitegen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildOptions;
import org.sitegen.pipeline.SiteBuilder;

/** The preview server over HTTP, on the small fixture site: files, 404 pages, the reload script and the event stream. */
class PreviewServerTest {
    private static final Path SMALL_SITE = Path.of("src/test/resources/sites/small");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"/__sitegen/reload.js\" data-version=\"([a-z0-9]+-[0-9]+)\" defer></script></head>");

    @TempDir
    Path folder;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private Path built() {
        Path site = folder.resolve("site");
        assertTrue(new SiteBuilder().build(new BuildOptions(Path.of("."), SMALL_SITE, site, false, ""), true).ok());
        return site;
    }

    private void serve(Path site) throws Exception {
        server = new PreviewServer(site, 0);
        server.start();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void symbolicLinksInTheOutputServeNothingFromOutsideIt() throws Exception {
        Path site = built();
        Path secret = Files.writeString(folder.resolve("secret.txt"), "not part of the site");
        Files.createSymbolicLink(site.resolve("intl/secret.txt"), secret);
        Files.createSymbolicLink(site.resolve("intl/outside"), folder);
        serve(site);
        assertEquals(404, get("/intl/secret.txt").statusCode());
        assertEquals(404, get("/intl/outside/secret.txt").statusCode());
        for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/intl/..%2f..%2fsecret.txt", "/..%5csecret.txt")) {
            assertFalse(rawGet(path, "127.0.0.1").contains("not part of the site"), path);
        }
        assertEquals(200, get("/intl/articles/basics/").statusCode());
    }

    @Test
    void onlyRequestsForThisMachineAreAnswered() throws Exception {
        serve(built());
        assertTrue(rawGet("/intl/", "127.0.0.1").startsWith("HTTP/1.1 200"));
        assertTrue(rawGet("/intl/", "localhost").startsWith("HTTP/1.1 200"));
        String rebound = rawGet("/intl/", "attacker.example");
        assertTrue(rebound.startsWith("HTTP/1.1 403"), rebound);
        assertTrue(rebound.endsWith("The sitegen preview answers only to http://127.0.0.1 and http://localhost.\n"), rebound);
    }

    /** A GET written by hand, for paths and Host headers that HTTP clients rewrite or refuse. */
    private String rawGet(String path, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void pagesGetTheReloadScriptWhichThePublishedFilesLack() throws Exception {
        Path site = built();
        serve(site);
        HttpResponse<String> page = get("/intl/articles/basics/");
        assertEquals(200, page.statusCode());
        assertEquals("no-store", page.headers().firstValue("cache-control").orElse(""));
        assertEquals("text/html; charset=utf-8", page.headers().firstValue("content-type").orElse(""));
        assertTrue(SCRIPT.matcher(page.body()).find(), page.body());
        String onDisk = Files.readString(site.resolve("intl/articles/basics/index.html"));
        assertFalse(onDisk.contains("__sitegen"));
        assertEquals(onDisk, SCRIPT.matcher(page.body()).replaceFirst("</head>"));
    }

    @Test
    void otherFilesAreServedAsTheyAreWithoutCaching() throws Exception {
        Path site = built();
        serve(site);
        HttpResponse<String> css = get("/css/site.css");
        assertEquals(200, css.statusCode());
        assertEquals("no-store", css.headers().firstValue("cache-control").orElse(""));
        assertTrue(css.headers().firstValue("content-type").orElse("").startsWith("text/css"));
        assertEquals(Files.readString(site.resolve("css/site.css")), css.body());
        Files.writeString(site.resolve("css/site.css"), "body { color: black; }\n");
        assertEquals("body { color: black; }\n", get("/css/site.css").body(), "a changed file is served at once");
    }

    @Test
    void aFolderServesItsIndexAndWithoutSlashRedirects() throws Exception {
        serve(built());
        assertEquals(200, get("/").statusCode());
        HttpResponse<String> bare = get("/intl/articles/basics");
        assertEquals(302, bare.statusCode());
        assertTrue(bare.headers().firstValue("location").orElse("").endsWith("/intl/articles/basics/"));
    }

    @Test
    void aMissingPageGetsItsEditionsOwn404WithLinksThatWorkAtAnyDepth() throws Exception {
        Path site = built();
        serve(site);
        HttpResponse<String> missing = get("/intl/articles/no-such-page/");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("href=\"/css/site.css\""), missing.body());
        assertTrue(missing.body().contains("href=\"/intl/faq/\""), missing.body());
        assertTrue(SCRIPT.matcher(missing.body()).find());
        HttpResponse<String> outside = get("/no-such-folder/page.html");
        assertEquals(404, outside.statusCode());
        assertTrue(outside.body().contains("<h1>No page here</h1>"), outside.body());
        assertTrue(SCRIPT.matcher(outside.body()).find());
    }

    @Test
    void beforeTheSiteIsBuiltEveryAddressShowsAWaitingPageWithTheScript() throws Exception {
        serve(folder.resolve("not-yet"));
        HttpResponse<String> page = get("/intl/");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("<h1>The site is not built yet</h1>"), page.body());
        assertTrue(SCRIPT.matcher(page.body()).find());
    }

    @Test
    void theEventStreamSendsTheStateAtOnceAndOnEveryBuild() throws Exception {
        serve(built());
        HttpResponse<String> first = get("/");
        Matcher version = SCRIPT.matcher(first.body());
        assertTrue(version.find());
        String session = version.group(1).substring(0, version.group(1).indexOf('-'));
        HttpResponse<java.io.InputStream> stream = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/__sitegen/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("content-type").orElse(""));
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertEquals(List.of("event: state", "data: {\"version\":\"" + session + "-0\",\"errors\":[],\"since\":\"\",\"changed\":null}"),
                    next(events));
            server.buildFailed(List.of("content/articles/x.md:4: unknown region 'uk'"));
            assertEquals(List.of("event: state", "data: {\"version\":\"" + session + "-0\",\"errors\":[\"content/articles/x.md:4: unknown region 'uk'\"],"
                    + "\"since\":\"\",\"changed\":null}"), next(events));
            server.siteBuilt();
            assertEquals(List.of("event: state", "data: {\"version\":\"" + session + "-1\",\"errors\":[],\"since\":\"\",\"changed\":null}"),
                    next(events), "after a failed build every page reloads");
            server.siteBuilt(java.util.Optional.of(List.of("eu/articles/x/index.html")));
            assertEquals(List.of("event: state", "data: {\"version\":\"" + session + "-2\",\"errors\":[],\"since\":\"" + session
                    + "-1\",\"changed\":[\"eu/articles/x/index.html\"]}"), next(events), "pages of version 1 but this one stay");
        }
    }

    private static List<String> next(BufferedReader events) throws Exception {
        List<String> lines = new java.util.ArrayList<>();
        for (String line = events.readLine(); line != null && !line.isEmpty(); line = events.readLine()) {
            lines.add(line);
        }
        return lines;
    }

    @Test
    void aTakenPortNamesAFreeOne() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            PreviewServer blocked = new PreviewServer(folder, port);
            PreviewServer.PortInUseException e = assertThrows(PreviewServer.PortInUseException.class, blocked::start);
            blocked.close();
            Matcher message = Pattern.compile("port " + port + " is in use; try --port ([0-9]+)").matcher(e.getMessage());
            assertTrue(message.matches(), e.getMessage());
            assertTrue(Integer.parseInt(message.group(1)) > port);
        }
    }
}
