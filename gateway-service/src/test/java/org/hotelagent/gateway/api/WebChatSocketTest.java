package org.hotelagent.gateway.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hotelagent.gateway.support.SignedWebhook.consume;
import static org.hotelagent.gateway.support.SignedWebhook.matching;
import static org.hotelagent.gateway.support.SignedWebhook.read;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.WebChatClient;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class WebChatSocketTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void publishesATextFrameAsAWebChatMessageAndAcknowledgesItAfterTheBroker() {
        var session = UUID.randomUUID().toString();
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var received = consume(kafka, Topics.MESSAGES_RECEIVED);
             var guest = WebChatClient.resume("demo-hotel", session, 0)) {

            guest.send(text("m-1", "¿Tienen habitación doble para el viernes?"));

            var ack = guest.answerTo("m-1");
            assertThat(ack.path("type").asText()).isEqualTo("ack");
            assertThat(ack.path("duplicate").asBoolean()).isFalse();
            var event = only(received, session);
            assertThat(event.channel()).isEqualTo(Channel.WEBCHAT);
            assertThat(event.hotelId()).isEqualTo("demo-hotel");
            assertThat(event.conversationId()).isEqualTo("webchat:demo-hotel:" + session);
            assertThat(event.guest().address()).isEqualTo(session);
            assertThat(event.channelMessageId()).isEqualTo("m-1");
            assertThat(event.locale()).isEqualTo("es-ES");
            assertThat(event.body()).isEqualTo(new MessageBody.Text("¿Tienen habitación doble para el viernes?", null));
            assertThat(event.eventId()).isEqualTo(UUID.nameUUIDFromBytes(("webchat:demo-hotel:" + session + ":m-1")
                    .getBytes(StandardCharsets.UTF_8)));
            given().get("/q/metrics").then().statusCode(200)
                    .body(containsString("hotel_gateway_messages_received_total{channel=\"webchat\",type=\"text\"}"))
                    .body(matchesPattern("(?s).*hotel_gateway_webchat_connections [1-9].*"));
        }
    }

    @Test
    void publishesAResentFrameOnceAndAcknowledgesItAgainEvenAfterAReconnect() {
        var session = UUID.randomUUID().toString();
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var received = consume(kafka, Topics.MESSAGES_RECEIVED)) {
            try (var guest = WebChatClient.resume("demo-hotel", session, 0)) {
                guest.send(text("m-1", "hola"));
                guest.answerTo("m-1");
            }
            try (var again = WebChatClient.resume("demo-hotel", session, 0)) {

                again.send(text("m-1", "hola"));

                var ack = again.answerTo("m-1");
                assertThat(ack.path("type").asText()).isEqualTo("ack");
                assertThat(ack.path("duplicate").asBoolean()).isTrue();
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> !matching(received, v -> v.contains(session)).isEmpty());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> matching(received, v -> v.contains(session)).size() == 1);
        }
    }

    @Test
    void refusesBadFramesWithAReasonAndPublishesNothing() {
        var session = UUID.randomUUID().toString();
        var tooLong = "a".repeat(4097);
        var oversizedVoice = Base64.getEncoder().encodeToString(new byte[1_048_576 + 1_000]);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var received = consume(kafka, Topics.MESSAGES_RECEIVED);
             var guest = WebChatClient.resume("demo-hotel", session, 0)) {

            guest.send("{not json");
            guest.send(text("m-empty", "   "));
            guest.send("{\"type\":\"sticker\",\"clientMessageId\":\"m-sticker\"}");
            guest.send(text("m-long", tooLong));
            guest.send("{\"type\":\"text\",\"text\":\"no id\"}");
            guest.send(voice("m-big", "audio/webm;codecs=opus", oversizedVoice, 3000));
            guest.send(voice("m-video", "video/mp4", "AAAA", 3000));
            guest.send(voice("m-slow", "audio/webm", "AAAA", 61_000));
            guest.send("{\"type\":\"choice\",\"clientMessageId\":\"m-choice\",\"kind\":\"button\"}");
            guest.send(text("m-ok", "ok"));

            guest.answerTo("m-ok");
            assertThat(guest.all(f -> f.path("type").asText().equals("error")))
                    .extracting(f -> f.path("code").asText())
                    .containsExactly("invalid-json", "empty-text", "unknown-type", "text-too-long",
                            "invalid-client-message-id", "voice-too-large", "unsupported-audio-type",
                            "voice-too-long", "invalid-choice");
            assertThat(guest.answerTo("m-big").path("reason").asText()).contains("1048576");
            await().atMost(Duration.ofSeconds(20)).until(() -> !matching(received, v -> v.contains(session)).isEmpty());
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> matching(received, v -> v.contains(session)).size() == 1);
            assertThat(matching(received, v -> v.contains(session)).getFirst().value()).contains("\"m-ok\"");
        }
    }

    @Test
    void publishesAVoiceFrameAsAVoiceNoteWithTheBytesInline() {
        var session = UUID.randomUUID().toString();
        var webm = "\u001aE\u00df\u00a3webm-opus-recording".getBytes(StandardCharsets.ISO_8859_1);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var received = consume(kafka, Topics.MESSAGES_RECEIVED);
             var guest = WebChatClient.resume("demo-hotel", session, 0)) {

            guest.send(voice("v-1", "audio/webm;codecs=opus", Base64.getEncoder().encodeToString(webm), 4200));

            assertThat(guest.answerTo("v-1").path("type").asText()).isEqualTo("ack");
            var event = only(received, session);
            var audio = (MessageBody.Audio) event.body();
            assertThat(audio.voice()).isTrue();
            assertThat(audio.media().data()).isEqualTo(webm);
            assertThat(audio.media().mimeType()).isEqualTo("audio/webm;codecs=opus");
            assertThat(audio.media().sizeBytes()).isEqualTo(webm.length);
            assertThat(audio.media().sha256()).isEqualTo(HexFormat.of().formatHex(sha256(webm)));
            assertThat(audio.media().omittedReason()).isNull();
        }
    }

    @Test
    void publishesATapOnAReplyButtonAsAChoice() {
        var session = UUID.randomUUID().toString();
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var received = consume(kafka, Topics.MESSAGES_RECEIVED);
             var guest = WebChatClient.resume("demo-hotel", session, 0)) {

            guest.send("""
                    {"type":"choice","clientMessageId":"c-1","kind":"list","id":"room-type:double",\
                    "title":"Doble estándar","description":"180,00 EUR, 2 noches"}""");

            guest.answerTo("c-1");
            assertThat(only(received, session).body()).isEqualTo(new MessageBody.Choice(MessageBody.ChoiceKind.list,
                    "room-type:double", "Doble estándar", "180,00 EUR, 2 noches"));
        }
    }

    @Test
    void keepsTheSessionTheBrowserOffersAndIssuesOneWhenItOffersNoneOrABadOne() {
        var session = UUID.randomUUID().toString();
        try (var known = WebChatClient.resume("berlin-hotel", session, 0);
             var fresh = WebChatClient.connect("berlin-hotel", null);
             var forged = WebChatClient.connect("berlin-hotel", "session=..%2Fadmin")) {

            var resumed = known.awaitType("session");
            assertThat(resumed.path("sessionId").asText()).isEqualTo(session);
            assertThat(resumed.path("hotelName").asText()).isEqualTo("Hotel Berlin <Mitte> & Spa");
            assertThat(fresh.awaitType("session").path("sessionId").asText())
                    .matches("[0-9a-f-]{36}").isNotEqualTo(session);
            assertThat(forged.awaitType("session").path("sessionId").asText()).matches("[0-9a-f-]{36}");
        }
    }

    @Test
    void closesTheSocketOfAHotelWithoutAWebChatWith4404() {
        try (var guest = WebChatClient.connect("no-such-hotel", null)) {

            var error = guest.awaitType("error");

            assertThat(error.path("code").asText()).isEqualTo("unknown-hotel");
            assertThat(guest.closeCode()).isEqualTo(4404);
        }
    }

    private static InboundMessageReceived only(ConsumerTask<String, String> received, String session) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !matching(received, v -> v.contains(session)).isEmpty());
        var records = matching(received, v -> v.contains(session));
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().key()).isEqualTo("webchat:demo-hotel:" + session);
        return read(records.getFirst().value(), InboundMessageReceived.class);
    }

    private static String text(String id, String text) {
        return "{\"type\":\"text\",\"clientMessageId\":\"" + id + "\",\"text\":\"" + text + "\"}";
    }

    private static String voice(String id, String mimeType, String base64, long durationMillis) {
        return "{\"type\":\"voice\",\"clientMessageId\":\"" + id + "\",\"mimeType\":\"" + mimeType
                + "\",\"durationMillis\":" + durationMillis + ",\"data\":\"" + base64 + "\"}";
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
