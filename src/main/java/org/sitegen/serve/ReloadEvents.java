package org.sitegen.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * {@code /__sitegen/events}: a server-sent-events stream per open page. Each stream gets the current
 * {@link PreviewState} as a {@code state} event when it opens and again whenever the state changes; the response
 * stays open (Jetty keeps the request's callback pending) until the page goes away or the server stops.
 */
final class ReloadEvents extends Handler.Abstract {
    static final String PATH = "/__sitegen/events";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private volatile PreviewState state;

    ReloadEvents(PreviewState initial) {
        state = initial;
    }

    PreviewState state() {
        return state;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Stream stream = new Stream(response, callback);
        streams.add(stream);
        if (!stream.send(event(state))) {
            streams.remove(stream);
        }
        return true;
    }

    /** Sends a new state to every open page. */
    void publish(PreviewState next) {
        state = next;
        String event = event(next);
        streams.removeIf(stream -> !stream.send(event));
    }

    /** A comment line that keeps idle connections open. */
    void keepAlive() {
        streams.removeIf(stream -> !stream.send(": keep-alive\n\n"));
    }

    /** Ends every stream (the server is stopping). */
    void closeAll() {
        streams.forEach(Stream::end);
        streams.clear();
    }

    static String event(PreviewState state) {
        try {
            return "event: state\ndata: " + JSON.writeValueAsString(state) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One open page's stream; writes are serialised because Jetty allows one pending write per response. */
    private static final class Stream {
        private final Response response;
        private final Callback done;

        Stream(Response response, Callback done) {
            this.response = response;
            this.done = done;
        }

        synchronized boolean send(String text) {
            FutureCallback written = new FutureCallback();
            response.write(false, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), written);
            try {
                written.get(2, TimeUnit.SECONDS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.failed(e);
                return false;
            } catch (Exception e) {
                done.failed(e);
                return false;
            }
        }

        synchronized void end() {
            response.write(true, ByteBuffer.allocate(0), done);
        }
    }
}
