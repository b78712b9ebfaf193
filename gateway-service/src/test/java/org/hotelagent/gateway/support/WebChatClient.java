package org.hotelagent.gateway.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.RestAssured;

import org.hotelagent.contracts.GoldenSamples;

/** A guest's browser, as far as the web chat sees it: a real WebSocket client that keeps every frame it got. */
public final class WebChatClient implements WebSocket.Listener, AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private WebChatClient() {
    }

    /** Connects to {@code /webchat/{hotelId}?query} of the application under test. */
    public static WebChatClient connect(String hotelId, String query) {
        var client = new WebChatClient();
        var uri = URI.create("ws://localhost:" + RestAssured.port + "/webchat/" + hotelId
                + (query == null ? "" : "?" + query));
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, client)
                .orTimeout(10, TimeUnit.SECONDS).join();
        return client;
    }

    /** Connects with a session and the last reply id seen, as the page does after a reload. */
    public static WebChatClient resume(String hotelId, String session, long after) {
        return connect(hotelId, "session=" + session + "&after=" + after + "&locale=es-ES");
    }

    public void send(String frame) {
        socket.sendText(frame, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** The first frame matching, waiting for it. */
    public JsonNode await(Predicate<JsonNode> frame) {
        Awaitility.await().atMost(PATIENCE).until(() -> received.stream().anyMatch(frame));
        return received.stream().filter(frame).findFirst().orElseThrow();
    }

    public JsonNode awaitType(String type) {
        return await(frame -> type.equals(frame.path("type").asText()));
    }

    /** The answer (ack or error) to the frame with this client message id. */
    public JsonNode answerTo(String clientMessageId) {
        return await(frame -> clientMessageId.equals(frame.path("clientMessageId").asText())
                && frame.path("type").asText().matches("ack|error"));
    }

    public List<JsonNode> all(Predicate<JsonNode> frame) {
        return received.stream().filter(frame).toList();
    }

    /** The close code the server sent, waiting for it. */
    public int closeCode() {
        return closed.orTimeout(PATIENCE.toSeconds(), TimeUnit.SECONDS).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                received.add(GoldenSamples.MAPPER.readTree(partial.toString()));
            } catch (Exception e) {
                throw new AssertionError("The gateway sent a frame that is not JSON: " + partial, e);
            } finally {
                partial.setLength(0);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null).join();
        }
        socket.abort();
    }
}
