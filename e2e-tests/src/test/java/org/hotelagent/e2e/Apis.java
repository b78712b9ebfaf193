package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What the tests read from the services' own APIs to know the right answer: the PMS and the staff API. */
final class Apis {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Suite suite;

    Apis(Suite suite) {
        this.suite = suite;
    }

    /** The hotel's stored answer to a topic in a language, so the tests follow edits of the seed. */
    String answer(String topic, String language) {
        var entries = staff("GET", "/api/hotels/demo-hotel/knowledge", null);
        for (var entry : entries) {
            if (entry.path("topic").asText().equals(topic) && entry.path("language").asText().equals(language)) {
                return entry.path("answer").asText();
            }
        }
        throw new AssertionError("no " + topic + "/" + language + " answer in " + entries);
    }

    /** A conversation as staff see it: task, handoff, slots and turns. */
    JsonNode conversation(String conversationId) {
        return staff("GET", "/api/conversations/" + conversationId, null);
    }

    /** POSTs a staff action on a conversation (claim, reply, release). */
    JsonNode staffAction(String conversationId, String action, String body) {
        return staff("POST", "/api/conversations/" + conversationId + "/" + action, body);
    }

    /** The totals (two decimals) of every room type the PMS has free for two adults on these dates. */
    List<String> quotedTotals(String checkIn, String checkOut) {
        var quote = call(HttpRequest.newBuilder(URI.create(suite.url("pms-adapter-service")
                        + "/api/hotels/demo-hotel/availability"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"checkIn":"%s","checkOut":"%s","rooms":[{"adults":2,"children":0}]}"""
                        .formatted(checkIn, checkOut))));
        var totals = new ArrayList<String>();
        for (var offer : quote.path("offers")) {
            if (offer.path("available").asInt() > 0) {
                totals.add(new BigDecimal(offer.path("total").asText()).setScale(2).toPlainString());
            }
        }
        return totals;
    }

    /** A booking in the PMS, by our reference. */
    JsonNode booking(String reference) {
        return call(HttpRequest.newBuilder(URI.create(suite.url("pms-adapter-service") + "/api/bookings/" + reference)));
    }

    private JsonNode staff(String method, String path, String body) {
        return call(HttpRequest.newBuilder(URI.create(suite.url("orchestrator-service") + path))
                .header("Authorization", "Bearer " + suite.staffToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static JsonNode call(HttpRequest.Builder request) {
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
