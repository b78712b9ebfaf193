package org.hotelagent.gateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotelagent.gateway.support.SignedWebhook.consume;
import static org.hotelagent.gateway.support.SignedWebhook.matching;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Topics;
import org.hotelagent.gateway.domain.WebhookSignature;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.SignedWebhook;
import org.hotelagent.gateway.support.Webhooks;

/** With tracing on, the trace of the webhook call goes on in the Kafka headers of the guest's message. */
@QuarkusTest
@TestProfile(WebhookTracingTest.TracingOn.class)
@QuarkusTestResource(GraphApiStandIn.class)
class WebhookTracingTest {

    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    /** The SDK on without any exporter: spans are made and propagated, nothing is sent anywhere. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.enabled", "false");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    WireMockServer graphApi;

    @Test
    void continuesTheCallersTraceIntoATextMessage() {
        var wamid = Webhooks.wamid();
        var traceId = traceId();

        var traceparent = publishedTraceparent(wamid,
                Webhooks.text(Webhooks.NUMBER, Webhooks.guestNumber(), wamid, "Any room tonight?"), traceId);

        assertThat(traceparent).startsWith("00-" + traceId + "-").doesNotContain(CALLER_SPAN);
    }

    @Test
    void continuesTheCallersTraceIntoAVoiceNoteWhoseDownloadFailed() {
        var wamid = Webhooks.wamid();
        var mediaId = Long.toString(3_000_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        GraphApiStandIn.serveMedia(graphApi, mediaId, "00".repeat(32), 1000);
        graphApi.stubFor(get(urlPathMatching("/whatsapp_business/attachments/")).withQueryParam("mid", equalTo(mediaId))
                .willReturn(aResponse().withStatus(500)));

        var traceId = traceId();

        var traceparent = publishedTraceparent(wamid, Webhooks.voiceNote(Webhooks.guestNumber(), wamid, mediaId),
                traceId);

        assertThat(traceparent).startsWith("00-" + traceId + "-").doesNotContain(CALLER_SPAN);
    }

    /** Posts the webhook as a call of span {@link #CALLER_SPAN} in trace {@code traceId}; the record's traceparent. */
    private String publishedTraceparent(String wamid, String webhook, String traceId) {
        var bytes = webhook.getBytes(StandardCharsets.UTF_8);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka, Topics.MESSAGES_RECEIVED)) {
            given().body(bytes).contentType("application/json")
                    .header("X-Hub-Signature-256", WebhookSignature.sign(SignedWebhook.SECRET, bytes))
                    .header("traceparent", "00-" + traceId + "-" + CALLER_SPAN + "-01")
                    .post("/api/webhooks/whatsapp").then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(records, v -> v.contains(wamid)).isEmpty());
            var header = matching(records, v -> v.contains(wamid)).getFirst().headers().lastHeader("traceparent");
            return new String(header.value(), StandardCharsets.US_ASCII);
        }
    }

    private static String traceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
