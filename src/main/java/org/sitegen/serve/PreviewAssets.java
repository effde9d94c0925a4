package org.sitegen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The preview's own files under {@code /__sitegen/}: the reload script and the error overlay's stylesheet. */
final class PreviewAssets extends Handler.Abstract {
    private record Asset(String type, byte[] bytes) {
    }

    private final Map<String, Asset> assets = Map.of(
            ReloadScript.PATH, new Asset("text/javascript; charset=utf-8", resource("reload.js")),
            "/__sitegen/preview.css", new Asset("text/css; charset=utf-8", resource("preview.css")));

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Asset asset = assets.get(Request.getPathInContext(request));
        if (asset == null) {
            return false;
        }
        SiteFiles.send(response, callback, 200, asset.type(), asset.bytes());
        return true;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
