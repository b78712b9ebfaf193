package org.hotelagent.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.domain.WebhookSignature;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.SignedWebhook;
import org.hotelagent.gateway.support.Webhooks;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class WhatsAppWebhookResourceTest {

    private static final String NUMBER = "106540352242922";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "gateway.whatsapp.app-secrets")
    String secret;

    @Test
    void echoesTheChallengeWhenTheVerifyTokenMatches() {
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "local-verify-token")
                .queryParam("hub.challenge", "1158201444")
                .get("/api/webhooks/whatsapp")
                .then().statusCode(200).body(equalTo("1158201444"));

        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "wrong")
                .queryParam("hub.challenge", "1158201444")
                .get("/api/webhooks/whatsapp")
                .then().statusCode(403);
    }

    @Test
    void publishesOneEventPerMessageEvenWhenMetaRedelivers() {
        var guest = "3460" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000L);
        var wamid = "wamid." + UUID.randomUUID();
        var later = "wamid." + UUID.randomUUID();
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.MESSAGES_RECEIVED)) {
            postSigned(Webhooks.text(NUMBER, guest, wamid, "¿Tienen parking?")).then().statusCode(200);
            postSigned(Webhooks.text(NUMBER, guest, wamid, "¿Tienen parking?")).then().statusCode(200);
            postSigned(Webhooks.text(NUMBER, guest, later, "gracias")).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> records.getRecords().stream()
                    .anyMatch(r -> r.value().contains(later)));
            var ofFirst = records.getRecords().stream().filter(r -> r.value().contains(wamid)).toList();
            assertThat(ofFirst).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("whatsapp:demo-hotel:" + guest);
                var event = read(record.value());
                assertThat(event.body().toString()).contains("¿Tienen parking?");
                assertThat(new String(record.headers().lastHeader(Topics.CORRELATION_HEADER).value(),
                        StandardCharsets.UTF_8)).isEqualTo(event.correlationId());
            });
        }
    }

    @Test
    void verifiesTheSignatureOverMetasEscapedBytesAndPublishesTheDecodedText() {
        var guest = Webhooks.guestNumber();
        var wamid = Webhooks.wamid();
        var raw = Webhooks.sample("inbound-text-raw-escaped.json")
                .replace("34600123456", guest)
                .replace("wamid.HBgLMzQ2MDAxMjM0NTYVAgASGBQzQTk5OTk5OTk5OTk5OTk5OTk5OQA=", wamid);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = SignedWebhook.consume(kafka, Topics.MESSAGES_RECEIVED)) {

            postSigned(raw).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> !SignedWebhook.matching(records,
                    v -> v.contains(wamid)).isEmpty());
            var event = read(SignedWebhook.matching(records, v -> v.contains(wamid)).getFirst().value());
            assertThat(event.body()).isEqualTo(new MessageBody.Text(
                    "¿Tienen habitación? Mira https://hotel.example/ofertas \uD83C\uDFD6", null));
            assertThat(event.guest().displayName()).isEqualTo("José García");
        }
    }

    @Test
    void publishesEveryMessageOfABatchAndCountsThemByType() {
        var first = Webhooks.wamid();
        var second = Webhooks.wamid();
        var third = Webhooks.wamid();
        var batch = Webhooks.sample("inbound-batch.json")
                .replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQjAwMDAwMDAwMDAwMDAwMDAwMQA=", first)
                .replace("wamid.HBgLMzQ2MDAxMTEyMjIVAgASGBQzQjAwMDAwMDAwMDAwMDAwMDAwMgA=", second)
                .replace("wamid.HBgNNDkxNTExMjM0NTY3OBUCABIYFDNCMDAwMDAwMDAwMDAwMDAwMDAzAA==", third)
                .replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI1RjQyNUE3NEYxMzAzMzQ5MkEA", Webhooks.wamid());
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = SignedWebhook.consume(kafka, Topics.MESSAGES_RECEIVED)) {

            postSigned(batch).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> SignedWebhook.matching(records,
                    v -> v.contains(first) || v.contains(second) || v.contains(third)).size() == 3);
            var forwarded = read(SignedWebhook.matching(records, v -> v.contains(first)).getFirst().value());
            assertThat(forwarded.context().forwarded()).isTrue();
            assertThat(forwarded.context().referral()).containsEntry("source_id", "120226305854810726");
            assertThat(SignedWebhook.matching(records, v -> v.contains(third)).getFirst().key())
                    .isEqualTo("whatsapp:berlin-hotel:4915112345678");
        }
        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "hotel_gateway_messages_received_total{channel=\"whatsapp\",type=\"text\"}"));
    }

    @Test
    void acknowledgesValueLevelErrorsWithoutAGuestMessageAndCountsThem() {
        postSigned(Webhooks.sample("inbound-errors-value-level.json")).then().statusCode(200);

        given().get("/q/metrics").then().statusCode(200).body(containsString(
                "hotel_gateway_webhook_errors_total{channel=\"whatsapp\",code=\"130429\"}"));
    }

    @Test
    void refusesBadSignaturesAndMalformedBodies() {
        var body = Webhooks.text(NUMBER, "34600000001", "wamid." + UUID.randomUUID(), "hola");

        given().body(body).contentType("application/json")
                .header("X-Hub-Signature-256", WebhookSignature.sign("not-the-secret", bytes(body)))
                .post("/api/webhooks/whatsapp")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:hotel-agent:problem:bad-signature"));
        given().body(body).contentType("application/json")
                .post("/api/webhooks/whatsapp")
                .then().statusCode(401);
        postSigned("{\"entry\": [").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesBodiesOverTheLimitBeforeReadingThem() {
        var huge = "{\"pad\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}";

        postSigned(huge).then().statusCode(413);
    }

    private io.restassured.response.Response postSigned(String body) {
        return given().body(bytes(body)).contentType("application/json")
                .header("X-Hub-Signature-256", WebhookSignature.sign(secret, bytes(body)))
                .post("/api/webhooks/whatsapp");
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static InboundMessageReceived read(String json) {
        return SignedWebhook.read(json, InboundMessageReceived.class);
    }
}
