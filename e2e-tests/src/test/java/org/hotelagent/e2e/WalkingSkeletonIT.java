package org.hotelagent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * One guest message through every real hop: signed webhook → gateway → messages-received → nlp →
 * messages-interpreted → orchestrator (PostgreSQL) → replies-composed → gateway → Graph API stand-in.
 */
@ExtendWith(RunningSuite.class)
class WalkingSkeletonIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Suite suite = RunningSuite.suite();
    private final WireMockServer graphApi = RunningSuite.graphApi();

    @Test
    void aGuestQuestionIsAnsweredFromTheHotelsKnowledgeInItsLanguage() throws Exception {
        var guest = "3466" + (1_000_000 + (int) (Math.random() * 8_999_999));
        var wamid = "wamid.e2e-" + UUID.randomUUID();
        var body = SignedWebhooks.text(Suite.NUMBER_ID, guest, "Lucía Pérez", wamid,
                "Buenas tardes, ¿tienen plazas de aparcamiento en el hotel?");

        var accepted = HTTP.send(HttpRequest.newBuilder(URI.create(suite.url("gateway-service")
                        + "/api/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", SignedWebhooks.signature(Suite.SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(accepted.statusCode()).isEqualTo(200);

        var reply = postRequestedFor(urlEqualTo("/v23.0/" + Suite.NUMBER_ID + "/messages"))
                .withHeader("Authorization", equalTo("Bearer e2e-access-token"))
                .withRequestBody(matchingJsonPath("$.to", equalTo(guest)))
                .withRequestBody(matchingJsonPath("$.context.message_id", equalTo(wamid)))
                .withRequestBody(matchingJsonPath("$.text.body", equalTo("Sí, tenemos parking subterráneo en el hotel "
                        + "por 18 € al día; no hace falta reservarlo.")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> graphApi.verify(1, reply));
        var conversation = HTTP.send(HttpRequest.newBuilder(URI.create(suite.url("orchestrator-service")
                        + "/api/conversations/whatsapp:demo-hotel:" + guest))
                .header("Authorization", "Bearer " + suite.staffToken()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(conversation.statusCode()).isEqualTo(200);
        var view = JSON.readTree(conversation.body());
        assertThat(view.path("language").asText()).isEqualTo("es");
        assertThat(view.path("guestName").asText()).isEqualTo("Lucía Pérez");
        assertThat(view.path("turns").get(0).path("reply").asText()).startsWith("Sí, tenemos parking");
    }

    @Test
    void everyServiceIsReadyAndExportsMetricsAndOpenApi() throws Exception {
        for (var service : new String[]{"gateway-service", "nlp-service", "orchestrator-service",
                "pms-adapter-service", "audio-service", "perf-service"}) {
            var health = get(suite.url(service) + "/q/health/ready");
            var metrics = get(suite.url(service) + "/q/metrics");
            var openApi = get(suite.url(service) + "/q/openapi?format=json");

            assertThat(health.statusCode()).as(service).isEqualTo(200);
            assertThat(JSON.readTree(health.body()).path("status").asText()).as(service).isEqualTo("UP");
            assertThat(metrics.body()).as(service).contains("jvm_memory_used_bytes");
            assertThat(JSON.readTree(openApi.body()).path("info").path("title").asText()).isEqualTo(service);
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
