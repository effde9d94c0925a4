package org.sitegen.serve;

import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Answers only requests addressed to this machine by name ({@code Host: 127.0.0.1:…} or {@code localhost:…}). The
 * server binds 127.0.0.1 only; this also stops a web page from reading the preview (drafts included) through DNS
 * rebinding, where the browser sends the attacker's host name to 127.0.0.1.
 */
final class LocalHostOnly extends Handler.Abstract {
    private static final Set<String> LOCAL_NAMES = Set.of("127.0.0.1", "localhost");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host != null && LOCAL_NAMES.contains(hostName(host))) {
            return false;
        }
        SiteFiles.send(response, callback, 403, "text/plain; charset=utf-8",
                "The sitegen preview answers only to http://127.0.0.1 and http://localhost.\n");
        return true;
    }

    private static String hostName(String host) {
        int colon = host.lastIndexOf(':');
        return (colon >= 0 ? host.substring(0, colon) : host).toLowerCase(Locale.ROOT);
    }
}
