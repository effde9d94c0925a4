package org.sitegen.serve;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Serves the built site on 127.0.0.1 with Jetty, plus two preview-only endpoints: {@code /__sitegen/version},
 * which changes after every successful rebuild, and {@code /__sitegen/reload.js}, which polls it and reloads the page.
 */
public final class PreviewServer implements AutoCloseable {
    static final String RELOAD_SCRIPT = """
            (function () {
              var seen = null;
              function poll() {
                fetch('/__sitegen/version', {cache: 'no-store'})
                  .then(function (r) { return r.text(); })
                  .then(function (v) { if (seen !== null && v !== seen) { location.reload(); } seen = v; })
                  .catch(function () {})
                  .finally(function () { setTimeout(poll, 1000); });
              }
              poll();
            })();
            """;

    private final Server server;
    private final AtomicLong version = new AtomicLong();

    public PreviewServer(Path site, int port) {
        server = new Server(new InetSocketAddress("127.0.0.1", port));
        ResourceHandler files = new ResourceHandler();
        files.setBaseResource(ResourceFactory.of(files).newResource(site.toAbsolutePath()));
        files.setDirAllowed(false);
        files.setWelcomeFiles(List.of("index.html"));
        server.setHandler(new Handler.Sequence(new PreviewEndpoints(), files));
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** Tells open pages to reload. */
    public void siteChanged() {
        version.incrementAndGet();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private final class PreviewEndpoints extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            String body;
            String type;
            if (path.equals("/__sitegen/version")) {
                body = Long.toString(version.get());
                type = "text/plain; charset=utf-8";
            } else if (path.equals("/__sitegen/reload.js")) {
                body = RELOAD_SCRIPT;
                type = "text/javascript; charset=utf-8";
            } else {
                return false;
            }
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            Content.Sink.write(response, true, body, callback);
            return true;
        }
    }
}
