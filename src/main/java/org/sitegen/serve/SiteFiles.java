package org.sitegen.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The built site's files, read from disk on every request and sent with {@code Cache-Control: no-store}, so no tab
 * ever shows a stale copy. A folder serves its {@code index.html} ({@code /eu/articles/x} redirects to
 * {@code /eu/articles/x/}). HTML pages get the preview's reload script ({@link ReloadScript}); the published
 * files never contain it.
 */
final class SiteFiles extends Handler.Abstract {
    private static final MimeTypes MIME = new MimeTypes();

    private final Path root;
    private final Supplier<PreviewState> state;

    SiteFiles(Path root, Supplier<PreviewState> state) {
        this.root = root.toAbsolutePath().normalize();
        this.state = state;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            return false;
        }
        String path = Request.getPathInContext(request);
        Optional<Path> found = file(path);
        if (found.isEmpty()) {
            if (!path.endsWith("/") && file(path + "/").isPresent()) {
                Response.sendRedirect(request, response, callback, path + "/");
                return true;
            }
            return false;
        }
        Path file = found.get();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return false; // replaced by a rebuild at this moment: the next handler answers
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".html")) {
            send(response, callback, 200, "text/html; charset=utf-8",
                    ReloadScript.into(new String(bytes, StandardCharsets.UTF_8), state.get().version()));
        } else {
            String type = MIME.getMimeByExtension(name.toLowerCase(Locale.ROOT));
            send(response, callback, 200, type == null ? "application/octet-stream" : type, bytes);
        }
        return true;
    }

    /**
     * The regular file under the site for a request path ({@code /} and folders mean their {@code index.html}), also
     * once symbolic links are followed.
     */
    Optional<Path> file(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // a symbolic link in the output must not serve a file from elsewhere (the root itself may be a link to a release)
        try {
            Path real = file.toRealPath();
            return real.startsWith(root.toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    Path root() {
        return root;
    }

    static void send(Response response, Callback callback, int status, String type, String text) {
        send(response, callback, status, type, text.getBytes(StandardCharsets.UTF_8));
    }

    static void send(Response response, Callback callback, int status, String type, byte[] bytes) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
