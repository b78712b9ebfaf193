package org.hotelagent.gateway.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Base64;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.dialogue.VoiceAttachment;
import org.hotelagent.gateway.domain.WebChatReplyService;
import org.hotelagent.gateway.persistence.WebChatReplyRepository;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.WebChatClient;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class WebChatReplyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    WebChatReplyService service;

    @Inject
    WebChatReplyRepository stored;

    @Test
    void sendsTheGoldenReplyToTheGuestsOpenSocketWithItsButtonsAndList() {
        var session = UUID.randomUUID().toString();
        var eventId = UUID.randomUUID().toString();
        try (var guest = WebChatClient.resume("demo-hotel", session, 0)) {
            guest.awaitType("session");

            produce(session, reply(eventId, session));

            var reply = guest.awaitType("reply");
            assertThat(reply.path("eventId").asText()).isEqualTo(eventId);
            assertThat(reply.path("replyId").asLong()).isPositive();
            assertThat(reply.path("text").asText()).startsWith("Sí: del 3 al 5 de diciembre");
            assertThat(reply.path("buttons").findValuesAsText("id")).containsExactly("confirm", "other-dates");
            assertThat(reply.path("buttons").path(1).path("title").asText()).isEqualTo("Otras fechas");
            assertThat(reply.path("list").path("buttonLabel").asText()).isEqualTo("Ver habitaciones");
            assertThat(reply.path("list").path("sections").path(0).path("rows").path(0).path("id").asText())
                    .isEqualTo("room-type:double");
            assertThat(reply.has("voice")).isFalse();
        }
    }

    @Test
    void sendsASpokenReplyAsPlayableAudio() throws Exception {
        var session = UUID.randomUUID().toString();
        var ogg = "OggS-opus-voice-reply".getBytes(StandardCharsets.US_ASCII);
        var golden = GoldenSamples.MAPPER.readValue(reply(UUID.randomUUID().toString(), session), ReplyComposed.class);
        var spoken = new ReplyComposed(golden.eventId(), golden.occurredAt(), golden.conversationId(),
                golden.hotelId(), golden.correlationId(), golden.inReplyToEventId(), golden.channel(),
                golden.recipient(), null, golden.language(), golden.text(), golden.buttons(), null,
                new VoiceAttachment("audio/ogg; codecs=opus", ogg, 2400), null);
        try (var guest = WebChatClient.resume("demo-hotel", session, 0)) {
            guest.awaitType("session");

            produce(session, GoldenSamples.MAPPER.writeValueAsString(spoken));

            var voice = guest.awaitType("reply").path("voice");
            assertThat(voice.path("mimeType").asText()).isEqualTo("audio/ogg;codecs=opus");
            assertThat(voice.path("durationMillis").asLong()).isEqualTo(2400);
            assertThat(voice.path("url").asText())
                    .isEqualTo("data:audio/ogg;codecs=opus;base64," + Base64.getEncoder().encodeToString(ogg));
        }
    }

    @Test
    void keepsRepliesComposedWhileTheGuestWasAwayUntilTheBrowserReconnects() {
        var session = UUID.randomUUID().toString();
        var first = UUID.randomUUID().toString();
        var second = UUID.randomUUID().toString();
        long firstId;
        try (var guest = WebChatClient.resume("demo-hotel", session, 0)) {
            guest.awaitType("session");
            produce(session, reply(first, session));
            firstId = guest.awaitType("reply").path("replyId").asLong();
        }

        produce(session, reply(second, session));
        try (var back = WebChatClient.resume("demo-hotel", session, firstId)) {

            var missed = back.awaitType("reply");

            assertThat(missed.path("eventId").asText()).isEqualTo(second);
            assertThat(missed.path("replyId").asLong()).isGreaterThan(firstId);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> back.all(WebChatReplyTest::isReply).size() == 1);
        }
        try (var reloaded = WebChatClient.resume("demo-hotel", session, 0)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> reloaded.all(WebChatReplyTest::isReply).size() == 2);
            assertThat(reloaded.all(WebChatReplyTest::isReply)).extracting(f -> f.path("eventId").asText())
                    .containsExactly(first, second);
        }
    }

    @Test
    void showsAReplyDeliveredTwiceOnce() {
        var session = UUID.randomUUID().toString();
        var eventId = UUID.randomUUID().toString();
        var marker = UUID.randomUUID().toString();
        try (var guest = WebChatClient.resume("demo-hotel", session, 0)) {
            guest.awaitType("session");

            produce(session, reply(eventId, session), reply(eventId, session), reply(marker, session));

            guest.await(frame -> marker.equals(frame.path("eventId").asText()));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> guest.all(WebChatReplyTest::isReply).size() == 2);
            assertThat(guest.all(WebChatReplyTest::isReply)).extracting(f -> f.path("eventId").asText())
                    .containsExactly(eventId, marker);
        }
    }

    @Test
    void sendsTheReplyToEveryOpenTabOfTheSessionButNotToOtherGuests() {
        var session = UUID.randomUUID().toString();
        var eventId = UUID.randomUUID().toString();
        try (var tab = WebChatClient.resume("demo-hotel", session, 0);
             var otherTab = WebChatClient.resume("demo-hotel", session, 0);
             var stranger = WebChatClient.resume("demo-hotel", UUID.randomUUID().toString(), 0)) {
            tab.awaitType("session");
            otherTab.awaitType("session");
            stranger.awaitType("session");

            produce(session, reply(eventId, session));

            assertThat(tab.awaitType("reply").path("eventId").asText()).isEqualTo(eventId);
            assertThat(otherTab.awaitType("reply").path("eventId").asText()).isEqualTo(eventId);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                    .until(() -> stranger.all(WebChatReplyTest::isReply).isEmpty());
        }
    }

    @Test
    void deletesRepliesOnlyOncePastTheirRetention() {
        var session = UUID.randomUUID().toString();
        produce(session, reply(UUID.randomUUID().toString(), session));
        await().atMost(Duration.ofSeconds(20)).until(() -> !storedFor(session).isEmpty());

        service.purge().await().atMost(Duration.ofSeconds(10));

        assertThat(storedFor(session)).hasSize(1);
        stored.deleteBefore(Instant.now().plusSeconds(1)).await().atMost(Duration.ofSeconds(10));
        assertThat(storedFor(session)).isEmpty();
    }

    private List<WebChatReplyRepository.StoredReply> storedFor(String session) {
        return stored.after("demo-hotel", session, 0, 10).await().atMost(Duration.ofSeconds(10));
    }

    private static boolean isReply(JsonNode frame) {
        return "reply".equals(frame.path("type").asText());
    }

    /** The golden reply, addressed to a web-chat session of the demo hotel. */
    private static String reply(String eventId, String session) {
        return GoldenSamples.json("replies-composed")
                .replace("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", eventId)
                .replace("16505551234", session)
                .replace("whatsapp:demo-hotel:", "webchat:demo-hotel:")
                .replace("\"channel\": \"whatsapp\"", "\"channel\": \"webchat\"");
    }

    private void produce(String session, String... replies) {
        try (var kafka = new KafkaCompanion(bootstrapServers)) {
            for (var reply : replies) {
                assertThat(reply).contains("\"webchat\"");
                kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REPLIES_COMPOSED,
                        "webchat:demo-hotel:" + session, reply)).awaitCompletion();
            }
        }
    }
}
