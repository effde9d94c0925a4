package org.sitegen.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Serves the built site on 127.0.0.1 with Jetty: the site's files without caching ({@link SiteFiles}), its 404
 * pages ({@link MissingPages}), and the preview's own endpoints under {@code /__sitegen/}: the reload script and
 * the server-sent-events stream ({@link ReloadEvents}) that tells open pages to reload after a successful build
 * or shows the errors of a failed one.
 */
public final class PreviewServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;
    private final ReloadEvents events;
    private final String session = Long.toString(System.currentTimeMillis(), 36);
    private final AtomicLong builds = new AtomicLong();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sitegen-preview-keep-alive");
        thread.setDaemon(true);
        return thread;
    });

    public PreviewServer(Path site, int port) {
        server = new Server();
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setIdleTimeout(60_000);
        server.addConnector(connector);
        events = new ReloadEvents(new PreviewState(session + "-0", List.of()));
        SiteFiles files = new SiteFiles(site, events::state);
        server.setHandler(new Handler.Sequence(new LocalHostOnly(), new PreviewAssets(), events, files, new MissingPages(files, events::state)));
    }

    /**
     * Binds the port and starts serving.
     *
     * @throws PortInUseException when another program holds the port
     */
    public void start() throws Exception {
        try {
            server.start();
        } catch (IOException e) {
            server.stop();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new PortInUseException(connector.getPort());
            }
            throw e;
        }
        keepAlive.scheduleAtFixedRate(events::keepAlive, 15, 15, TimeUnit.SECONDS);
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** What open pages were last told. */
    PreviewState state() {
        return events.state();
    }

    /** A build succeeded and its site is in place: open pages reload, an error overlay goes away. */
    public void siteBuilt() {
        siteBuilt(java.util.Optional.empty());
    }

    /**
     * A build succeeded and changed only the pages {@code changed} (output paths), when known: open pages among
     * them reload, the others stay as they are; an error overlay goes away.
     */
    public void siteBuilt(java.util.Optional<? extends java.util.Collection<String>> changed) {
        PreviewState before = events.state();
        // pages shown under an overlay may be older than the last good version: only a page of that version may stay
        String since = before.failed() ? "" : before.version();
        events.publish(new PreviewState(session + "-" + builds.incrementAndGet(), List.of(), since,
                changed.<List<String>>map(List::copyOf).orElse(null)));
    }

    /** A build failed: open pages show these {@code path:line: message} lines over the page until the next good build. */
    public void buildFailed(List<String> errors) {
        events.publish(new PreviewState(events.state().version(), errors));
    }

    @Override
    public void close() throws Exception {
        keepAlive.shutdownNow();
        events.closeAll();
        server.stop();
    }

    /** The port is taken by another program; the message names a free one to try instead. */
    public static final class PortInUseException extends Exception {
        PortInUseException(int port) {
            super("port " + port + " is in use; try --port " + freePortAfter(port));
        }

        /** The first port above {@code port} that can be bound on 127.0.0.1 now. */
        static int freePortAfter(int port) {
            for (int candidate = port + 1; candidate <= Math.min(port + 200, 65535); candidate++) {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.bind(new InetSocketAddress("127.0.0.1", candidate));
                    return candidate;
                } catch (IOException e) {
                    // taken: try the next one
                }
            }
            return 0;
        }
    }
}
