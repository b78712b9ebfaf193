package org.hotelagent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** A new guest with a random mobile number under {@code countryCode}, so tests never share a conversation. */
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
        post(SignedWebhooks.text(Suite.NUMBER_ID, phone, name, newWamid(), text.replace("\"", "\\\"")));
    }

    /** Taps a reply button or list row the agent sent. */
    void taps(Reply.Choice choice) throws IOException, InterruptedException {
        post(SignedWebhooks.interactive(Suite.NUMBER_ID, phone, name, newWamid(), choice.kind(), choice.id(),
                choice.title().replace("\"", "\\\"")));
    }

    /** Sends a voice note: the Graph API stand-in serves its media URL and its Ogg/Opus bytes, as Meta does. */
    void speaks(byte[] oggOpus) throws IOException, InterruptedException {
        var mediaId = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000_000L, 9_999_999_999_999L));
        var sha256 = Base64.getEncoder().encodeToString(sha256(oggOpus));
        serveMedia(graphApi, mediaId, sha256, oggOpus);
        post(SignedWebhooks.voice(Suite.NUMBER_ID, phone, name, newWamid(), mediaId, sha256));
    }

    /** Makes the Graph API stand-in serve a voice note as Meta does: its media URL first, then its bytes. */
    static void serveMedia(WireMockServer graphApi, String mediaId, String sha256, byte[] oggOpus) {
        graphApi.stubFor(get(urlPathMatching("/v[0-9.]+/" + mediaId)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"messaging_product":"whatsapp","url":"%s/whatsapp_business/attachments/%s",
                        "mime_type":"audio/ogg; codecs=opus","sha256":"%s","file_size":%d,"id":"%s"}"""
                        .formatted(graphApi.baseUrl(), mediaId, sha256, oggOpus.length, mediaId))));
        graphApi.stubFor(get(urlPathEqualTo("/whatsapp_business/attachments/" + mediaId)).willReturn(aResponse()
                .withHeader("Content-Type", "audio/ogg").withBody(oggOpus)));
    }

    /** The next message the agent sent this guest: its text and any buttons or list rows. */
    Reply nextReply() {
        var sent = postRequestedFor(urlPathMatching("/v[0-9.]+/" + Suite.NUMBER_ID + "/messages"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(phone)))
                .withRequestBody(matchingJsonPath("$.type"));
        var wanted = repliesRead + 1;
        await().atMost(Duration.ofSeconds(40)).until(() -> graphApi.findAll(sent).size() >= wanted);
        var request = graphApi.findAll(sent).get(repliesRead++);
        try {
            return Reply.of(JSON.readTree(request.getBodyAsString()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void post(String body) throws IOException, InterruptedException {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(suite.url("gateway-service")
                        + "/api/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", SignedWebhooks.signature(Suite.SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String newWamid() {
        return "wamid.e2e-" + UUID.randomUUID();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message the agent sent on WhatsApp, as the Cloud API received it. */
    record Reply(String type, String text, List<Choice> choices) {

        record Choice(String kind, String id, String title) {
        }

        static Reply of(JsonNode message) {
            var type = message.path("type").asText();
            if (!type.equals("interactive")) {
                return new Reply(type, message.path("text").path("body").asText(), List.of());
            }
            var interactive = message.path("interactive");
            var choices = new ArrayList<Choice>();
            for (var button : interactive.path("action").path("buttons")) {
                choices.add(new Choice("button_reply", button.path("reply").path("id").asText(),
                        button.path("reply").path("title").asText()));
            }
            for (var section : interactive.path("action").path("sections")) {
                for (var row : section.path("rows")) {
                    choices.add(new Choice("list_reply", row.path("id").asText(), row.path("title").asText()));
                }
            }
            return new Reply(type, interactive.path("body").path("text").asText(), List.copyOf(choices));
        }

        Choice choice(String id) {
            return choices.stream().filter(c -> c.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no choice " + id + " in " + this));
        }
    }
}
