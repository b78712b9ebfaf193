package org.hotelagent.orchestrator.dialogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.IntentScore;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.contracts.nlp.Sentiment;
import org.hotelagent.orchestrator.api.HandoffResource;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.Metrics;
import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.StaffTokens;

/** Guests handed over to staff: told so, the agent silent, staff claim, reply through the gateway and release. */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class HandoffTest {

    static final String HANDOFFS = "hotel_orchestrator_handoffs_requested_total";
    static final String REPLIES = "hotel_orchestrator_replies_composed_total";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aGuestWhoAsksForAPersonGetsStaffAndTheAgentStaysSilentUntilReleased() {
        var hotel = "hotel-" + UUID.randomUUID();
        var staff = StaffTokens.token("ana@" + hotel, hotel, "staff");
        var requested = Metrics.value(HANDOFFS, "reason=\"request\"");
        var staffReplies = Metrics.value(REPLIES, "kind=\"staff\"");
        try (var guest = new GuestChat(bootstrapServers, hotel, "3460" + System.nanoTime() % 10_000_000, "Eva");
             var kafka = new KafkaCompanion(bootstrapServers);
             var out = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.REPLIES_COMPOSED)) {
            var notice = guest.says("es", "Quiero hablar con una persona", Intent.human_handoff);
            var ignored = guest.message("es", "¿Hola? ¿Hay alguien?", Intent.greeting,
                    new MessageBody.Text("¿Hola? ¿Hay alguien?", null));
            guest.publish(ignored);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(staff)
                    .get("/api/conversations/{id}", guest.conversationId()).then().body("turns", hasSize(2)));

            given().auth().oauth2(staff).queryParam("hotelId", hotel).queryParam("handoff", "requested")
                    .get("/api/conversations").then().statusCode(200)
                    .body("conversationId", hasItem(guest.conversationId()));
            given().auth().oauth2(staff).post("/api/conversations/{id}/claim", guest.conversationId())
                    .then().statusCode(200).body("handoff", is("claimed"));
            var sent = given().auth().oauth2(staff).contentType("application/json")
                    .body(new HandoffResource.StaffReplyRequest("Hola Eva, soy Ana de recepción. ¿En qué te ayudo?"))
                    .post("/api/conversations/{id}/reply", guest.conversationId())
                    .then().statusCode(202).extract().path("replyEventId");
            given().auth().oauth2(staff).post("/api/conversations/{id}/release", guest.conversationId())
                    .then().statusCode(200).body("handoff", is("none"));
            var answeredAgain = guest.says("es", "Gracias", Intent.thanks);

            assertThat(notice.text()).isEqualTo("Te paso con un compañero del hotel, que te escribirá por aquí en "
                    + "breve.");
            assertThat(guest.repliesTo(ignored.eventId())).isEmpty();
            await().atMost(Duration.ofSeconds(10)).until(() -> out.getRecords().stream()
                    .anyMatch(r -> r.value().contains(String.valueOf(sent))));
            var staffReply = out.getRecords().stream().filter(r -> r.value().contains(String.valueOf(sent)))
                    .map(r -> read(r.value())).findFirst().orElseThrow();
            assertThat(staffReply.text()).isEqualTo("Hola Eva, soy Ana de recepción. ¿En qué te ayudo?");
            assertThat(staffReply.recipient().address()).isEqualTo(guest.conversationId().split(":")[2]);
            assertThat(staffReply.channel().code()).isEqualTo("whatsapp");
            assertThat(answeredAgain.text()).isEqualTo("¡De nada! ¿Puedo ayudarte en algo más?");
            given().auth().oauth2(staff).get("/api/conversations/{id}", guest.conversationId()).then()
                    .body("handoff", is("none")).body("turns", hasSize(4))
                    .body("turns[1].reply", nullValue())
                    .body("turns[2].reply", is("Hola Eva, soy Ana de recepción. ¿En qué te ayudo?"));
            Metrics.awaitIncrease(requested, 1, HANDOFFS, "reason=\"request\"");
            Metrics.awaitIncrease(staffReplies, 1, REPLIES, "kind=\"staff\"");
        }
    }

    @Test
    void twoMessagesInARowNotUnderstoodOrAComplaintHandTheGuestOver() {
        var hotel = "hotel-" + UUID.randomUUID();
        var staff = StaffTokens.token("ana@" + hotel, hotel, "staff");
        var misunderstood = Metrics.value(HANDOFFS, "reason=\"misunderstanding\"");
        var complained = Metrics.value(HANDOFFS, "reason=\"complaint\"");
        var handoffReplies = Metrics.value(REPLIES, "kind=\"handoff\"");
        try (var lost = new GuestChat(bootstrapServers, hotel, "4471" + System.nanoTime() % 10_000_000, "Lee");
             var angry = new GuestChat(bootstrapServers, hotel, "4472" + System.nanoTime() % 10_000_000, "Kim")) {
            var first = lost.send(unclear(lost, "asdf qwerty"));
            var second = lost.send(unclear(lost, "zxcv??"));
            var complaint = angry.says("en", "The room was dirty and nobody helped us", Intent.complaint);

            assertThat(first.text()).doesNotContain("colleague");
            assertThat(second.text()).isEqualTo("I'm passing you to a colleague at the hotel, who will write to you "
                    + "here shortly.");
            assertThat(complaint.text()).isEqualTo(second.text());
            given().auth().oauth2(staff).queryParam("hotelId", hotel).queryParam("handoff", "requested")
                    .get("/api/conversations").then().statusCode(200)
                    .body("conversationId", hasItem(lost.conversationId()))
                    .body("conversationId", hasItem(angry.conversationId()));
            given().auth().oauth2(staff).queryParam("hotelId", hotel).queryParam("handoff", "none")
                    .get("/api/conversations").then().statusCode(200)
                    .body("conversationId", not(hasItem(lost.conversationId())));
            Metrics.awaitIncrease(misunderstood, 1, HANDOFFS, "reason=\"misunderstanding\"");
            Metrics.awaitIncrease(complained, 1, HANDOFFS, "reason=\"complaint\"");
            Metrics.awaitIncrease(handoffReplies, 2, REPLIES, "kind=\"handoff\"");
        }
    }

    @Test
    void staffCannotReplyWhileTheAgentIsAnsweringOrToNobody() {
        var staff = StaffTokens.token("ana", "*", "staff");
        try (var guest = new GuestChat(bootstrapServers, "hotel-" + UUID.randomUUID(),
                "3465" + System.nanoTime() % 10_000_000, "Bo")) {
            guest.says("es", "Hola", Intent.greeting);

            given().auth().oauth2(staff).contentType("application/json")
                    .body(new HandoffResource.StaffReplyRequest("Hola"))
                    .post("/api/conversations/{id}/reply", guest.conversationId())
                    .then().statusCode(409).body("type", is("urn:hotel-agent:problem:not-claimed"));
            given().auth().oauth2(staff).post("/api/conversations/{id}/claim", "nope:x:" + UUID.randomUUID())
                    .then().statusCode(404);
            given().auth().oauth2(StaffTokens.token("guest", "demo-hotel", "guest"))
                    .post("/api/conversations/{id}/claim", guest.conversationId()).then().statusCode(403);
        }
    }

    private static MessageInterpreted unclear(GuestChat chat, String text) {
        var message = chat.message("en", text, Intent.out_of_scope, new MessageBody.Text(text, null));
        return new MessageInterpreted(message.eventId(), message.occurredAt(), message.conversationId(),
                message.hotelId(), message.correlationId(), message.sourceEventId(), message.channel(),
                message.channelMessageId(), message.guest(), text, null, "en", 0.9,
                new IntentScore(Intent.out_of_scope, 0.4), null, java.util.List.of(), Sentiment.NEUTRAL,
                message.body(), message.locale());
    }

    private static ReplyComposed read(String json) {
        try {
            return GoldenSamples.MAPPER.readValue(json, ReplyComposed.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
