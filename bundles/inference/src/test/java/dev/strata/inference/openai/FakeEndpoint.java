package dev.strata.inference.openai;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI-compatible embeddings server on 127.0.0.1 that answers from a script: each request
 * takes the next scripted reply. It records every request it gets.
 */
final class FakeEndpoint implements AutoCloseable {

    /** One scripted reply; {@code hang} makes the server never answer (until closed). */
    record Reply(int status, Map<String, String> headers, String body, boolean hangs) {

        static Reply ok(String body) {
            return new Reply(200, Map.of(), body, false);
        }

        static Reply status(int status, String body) {
            return new Reply(status, Map.of(), body, false);
        }

        static Reply status(int status, Map<String, String> headers, String body) {
            return new Reply(status, headers, body, false);
        }

        static Reply hang() {
            return new Reply(0, Map.of(), "", true);
        }
    }

    /** A request as the server saw it. */
    record Request(String path, Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;

    private final BlockingQueue<Reply> script = new LinkedBlockingQueue<>();

    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private final CountDownLatch closing = new CountDownLatch(1);

    FakeEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/v1/embeddings", this::handle);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    FakeEndpoint then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body));
        Reply reply = script.poll();
        if (reply == null) {
            reply = Reply.status(500, "{\"error\":{\"message\":\"the test scripted no reply for this request\"}}");
        }
        if (reply.hangs()) {
            awaitClose();
            exchange.close();
            return;
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void awaitClose() {
        try {
            closing.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        ((ExecutorService) server.getExecutor()).shutdownNow();
    }
}
