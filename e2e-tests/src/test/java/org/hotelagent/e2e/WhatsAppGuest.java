package org.hotelagent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

/** A guest on WhatsApp: writes through signed webhooks and reads what the Graph API stand-in was asked to send. */
final class WhatsAppGuest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    final String phone;
    final String name;
    private final Suite suite;
    private final WireMockServer graphApi;
    private int repliesRead;

    /** A new guest with a random Spanish mobile number, so tests never share a conversation. */
    WhatsAppGuest(Suite suite, WireMockServer graphApi, String countryCode, String name) {
        this.suite = suite;
        this.graphApi = graphApi;
        this.phone = countryCode + (600_000_000 + ThreadLocalRandom.current().nextInt(99_999_999));
        this.name = name;
    }

    String conversationId() {
        return "whatsapp:demo-hotel:" + phone;
    }

    void says(String text) throws IOException, InterruptedException {
        var body = SignedWebhooks.text(Suite.NUMBER_ID, phone, name, "wamid.e2e-" + UUID.randomUUID(),
                text.replace("\"", "\\\""));
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(suite.url("gateway-service")
                        + "/api/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", SignedWebhooks.signature(Suite.SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The text of the next message the agent sent this guest (a text body, or an interactive one's body). */
    String nextReply() {
        var sent = postRequestedFor(urlPathMatching("/v[0-9.]+/" + Suite.NUMBER_ID + "/messages"))
                .withRequestBody(matchingJsonPath("$.to", com.github.tomakehurst.wiremock.client.WireMock.equalTo(phone)));
        var wanted = repliesRead + 1;
        await().atMost(Duration.ofSeconds(40)).until(() -> graphApi.findAll(sent).size() >= wanted);
        var request = graphApi.findAll(sent).get(repliesRead++);
        try {
            var json = JSON.readTree(request.getBodyAsString());
            return json.has("text") ? json.path("text").path("body").asText()
                    : json.path("interactive").path("body").path("text").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
