package org.hotelagent.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.orchestrator.api.HandoffResource.StaffReplyRequest;
import org.hotelagent.orchestrator.api.KnowledgeResource.AnswerRequest;
import org.hotelagent.orchestrator.api.StaffTaskResource.ResolutionRequest;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.StaffTokens;

/**
 * Staff of one hotel cannot see or act on another's conversations, answers or tasks: 403 where the request names
 * the hotel, 404 (as for an unknown id) where it names a conversation or task; a user of every hotel (*) can.
 */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class HotelScopeTest {

    private static final String FORBIDDEN = "urn:hotel-agent:problem:hotel-not-allowed";
    private static final String NOT_FOUND = "urn:hotel-agent:problem:conversation-not-found";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final String hotel = "hotel-" + UUID.randomUUID();
    private final String own = StaffTokens.token("ana@" + hotel, hotel, "staff");
    private final String other = StaffTokens.token("bo@other-hotel", "other-hotel", "staff");
    private final String all = StaffTokens.token("boss@hotel-agent", HotelScope.ALL, "staff");
    private final String none = StaffTokens.withoutHotel("old@hotel-agent", "staff");

    @Test
    void anotherHotelsConversationsAreNeitherListedNorShown() {
        var conversation = guestAsksForTheSpa();

        for (var refused : List.of(other, none)) {
            given().auth().oauth2(refused).get("/api/conversations/{id}", conversation).then().statusCode(404)
                    .body("type", equalTo(NOT_FOUND));
            given().auth().oauth2(refused).queryParam("hotelId", hotel).get("/api/conversations")
                    .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("type", equalTo(FORBIDDEN));
        }
        given().auth().oauth2(other).get("/api/conversations").then().statusCode(200)
                .body("conversationId", not(hasItem(conversation)));
        given().auth().oauth2(none).get("/api/conversations").then().statusCode(403).body("type", equalTo(FORBIDDEN));
        given().auth().oauth2(own).queryParam("hotelId", "*").get("/api/conversations").then().statusCode(403);

        for (var allowed : List.of(own, all)) {
            given().auth().oauth2(allowed).get("/api/conversations/{id}", conversation).then().statusCode(200)
                    .body("hotelId", equalTo(hotel));
            given().auth().oauth2(allowed).queryParam("limit", 500).get("/api/conversations").then().statusCode(200)
                    .body("conversationId", hasItem(conversation));
        }
        given().auth().oauth2(own).queryParam("limit", 500).get("/api/conversations").then()
                .body("hotelId", everyItem(equalTo(hotel)));
    }

    @Test
    void anotherHotelsStaffCannotClaimReplyOrRelease() {
        var conversation = guestAsksForTheSpa();
        try (var kafka = new KafkaCompanion(bootstrapServers); var out = replies(kafka)) {
            for (var refused : List.of(other, none)) {
                given().auth().oauth2(refused).post("/api/conversations/{id}/claim", conversation)
                        .then().statusCode(404).body("type", equalTo(NOT_FOUND));
            }
            given().auth().oauth2(own).get("/api/conversations/{id}", conversation).then()
                    .body("handoff", equalTo("none"));

            given().auth().oauth2(own).post("/api/conversations/{id}/claim", conversation).then().statusCode(200);
            given().auth().oauth2(other).contentType("application/json")
                    .body(new StaffReplyRequest("Soy de otro hotel"))
                    .post("/api/conversations/{id}/reply", conversation).then().statusCode(404);
            given().auth().oauth2(other).post("/api/conversations/{id}/release", conversation).then().statusCode(404);
            given().auth().oauth2(all).contentType("application/json").body(new StaffReplyRequest("Hola, soy Ana"))
                    .post("/api/conversations/{id}/reply", conversation).then().statusCode(202);

            // one key, one partition: had the refused reply been sent, it would be there before the accepted one
            assertThat(staffTexts(out, conversation, "Hola, soy Ana")).containsExactly("Hola, soy Ana");
            given().auth().oauth2(own).get("/api/conversations/{id}", conversation).then()
                    .body("handoff", equalTo("claimed")).body("turns.reply", not(hasItem("Soy de otro hotel")));
            given().auth().oauth2(all).post("/api/conversations/{id}/release", conversation).then().statusCode(200)
                    .body("handoff", equalTo("none"));
        }
    }

    @Test
    void anotherHotelsAnswersAreNeitherReadNorWritten() {
        for (var refused : List.of(other, none)) {
            given().auth().oauth2(refused).contentType("application/json").body(new AnswerRequest("Parking gratis"))
                    .put("/api/hotels/{hotel}/knowledge/parking/es", hotel)
                    .then().statusCode(403).contentType(Problem.MEDIA_TYPE).body("type", equalTo(FORBIDDEN));
            given().auth().oauth2(refused).get("/api/hotels/{hotel}/knowledge", hotel).then().statusCode(403);
        }
        given().auth().oauth2(own).get("/api/hotels/{hotel}/knowledge", hotel).then().statusCode(200).body("", empty());

        given().auth().oauth2(own).contentType("application/json").body(new AnswerRequest("Wifi: hotel"))
                .put("/api/hotels/{hotel}/knowledge/wifi/es", hotel).then().statusCode(200);
        given().auth().oauth2(all).contentType("application/json").body(new AnswerRequest("Sin mascotas"))
                .put("/api/hotels/{hotel}/knowledge/pets/es", hotel).then().statusCode(200);

        given().auth().oauth2(all).get("/api/hotels/{hotel}/knowledge", hotel).then().statusCode(200)
                .body("topic", equalTo(List.of("pets", "wifi")));
    }

    @Test
    void anotherHotelsTasksAreNeitherListedNorResolved() {
        var conversation = guestAsksForTheSpa();
        var task = given().auth().oauth2(own).get("/api/hotels/{hotel}/tasks", hotel).then().statusCode(200)
                .body("", hasSize(1)).extract().<String>path("[0].taskId");
        try (var kafka = new KafkaCompanion(bootstrapServers); var out = replies(kafka)) {
            for (var refused : List.of(other, none)) {
                given().auth().oauth2(refused).get("/api/hotels/{hotel}/tasks", hotel).then().statusCode(403)
                        .body("type", equalTo(FORBIDDEN));
                given().auth().oauth2(refused).contentType("application/json")
                        .body(new ResolutionRequest("No hay spa", "pool"))
                        .post("/api/tasks/{task}/resolution", task).then().statusCode(404)
                        .body("type", equalTo("urn:hotel-agent:problem:task-not-found"));
            }
            given().auth().oauth2(all).get("/api/hotels/{hotel}/tasks", hotel).then().body("", hasSize(1));
            given().auth().oauth2(own).get("/api/hotels/{hotel}/knowledge", hotel).then().body("", empty());

            given().auth().oauth2(all).contentType("application/json").body(new ResolutionRequest("Sí, spa", null))
                    .post("/api/tasks/{task}/resolution", task).then().statusCode(200);

            assertThat(staffTexts(out, conversation, "Sí, spa")).containsExactly("Sí, spa");
            given().auth().oauth2(own).get("/api/hotels/{hotel}/tasks", hotel).then().body("", empty());
        }
    }

    /** A guest of the test's hotel asks what its answers do not cover: a conversation and an open task. */
    private String guestAsksForTheSpa() {
        try (var guest = new GuestChat(bootstrapServers, hotel, "3461" + System.nanoTime() % 10_000_000, "Eva")) {
            guest.says("es", "¿Tenéis spa?", Intent.hotel_info);
            return guest.conversationId();
        }
    }

    private static ConsumerTask<String, String> replies(KafkaCompanion kafka) {
        return kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.REPLIES_COMPOSED);
    }

    /** Texts of the staff replies (no message replied to) sent in the conversation, once {@code last} is. */
    private static List<String> staffTexts(ConsumerTask<String, String> out, String conversation, String last) {
        await().atMost(Duration.ofSeconds(10)).until(() -> texts(out, conversation).contains(last));
        return texts(out, conversation);
    }

    private static List<String> texts(ConsumerTask<String, String> out, String conversation) {
        return out.getRecords().stream().filter(r -> conversation.equals(r.key())).map(r -> read(r.value()))
                .filter(reply -> reply.inReplyToEventId() == null).map(ReplyComposed::text).toList();
    }

    private static ReplyComposed read(String json) {
        try {
            return GoldenSamples.MAPPER.readValue(json, ReplyComposed.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
