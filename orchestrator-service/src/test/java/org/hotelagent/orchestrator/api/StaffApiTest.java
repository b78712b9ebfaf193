package org.hotelagent.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.Topics;
import org.hotelagent.orchestrator.support.StaffTokens;

@QuarkusTest
class StaffApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void staffReadAConversationWithItsTurnsAndState() {
        var conversation = "whatsapp:demo-hotel:" + UUID.randomUUID();
        var interpreted = GoldenSamples.json("messages-interpreted")
                .replace("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", UUID.randomUUID().toString())
                .replace("whatsapp:demo-hotel:16505551234", conversation);
        try (var kafka = new KafkaCompanion(bootstrapServers)) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.MESSAGES_INTERPRETED, conversation,
                    interpreted)).awaitCompletion();
        }
        var staff = StaffTokens.token("ana@demo-hotel", "demo-hotel", "staff");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(staff)
                .get("/api/conversations/{id}", conversation)
                .then().statusCode(200)
                .body("conversationId", equalTo(conversation))
                .body("hotelId", equalTo("demo-hotel"))
                .body("language", equalTo("es"))
                .body("handoff", equalTo("none"))
                .body("task", equalTo("check_availability"))
                .body("slots.room_type", equalTo("double"))
                .body("slots.check_in", equalTo("2026-12-03"))
                .body("slots.check_out", equalTo("2026-12-05"))
                .body("slots.nights", equalTo("2"))
                .body("turns", hasSize(1))
                .body("turns[0].guestText", equalTo("Hola, ¿tienen habitación doble del 3 al 5 de diciembre?")));
        given().auth().oauth2(staff).queryParam("hotelId", "demo-hotel").get("/api/conversations")
                .then().statusCode(200).body("conversationId", hasItem(conversation));
    }

    @Test
    void refusesCallersWithoutAStaffToken() {
        given().get("/api/conversations/whatsapp:demo-hotel:1").then().statusCode(401);
        given().auth().oauth2(StaffTokens.token("guest", "demo-hotel", "guest"))
                .get("/api/conversations/whatsapp:demo-hotel:1")
                .then().statusCode(403);
        given().auth().oauth2("not-a-jwt").get("/api/conversations/whatsapp:demo-hotel:1").then().statusCode(401);
    }

    @Test
    void unknownConversationsAreAProblem() {
        given().auth().oauth2(StaffTokens.token("ana", "*", "staff")).get("/api/conversations/nope:x:y")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:hotel-agent:problem:conversation-not-found"));
    }

    @Test
    void staffEditTheHotelsAnswersAndTheAgentUsesThem() {
        var hotel = "hotel-" + UUID.randomUUID();
        var staff = StaffTokens.token("ana@" + hotel, hotel, "staff");

        given().auth().oauth2(staff).contentType("application/json")
                .body(new KnowledgeResource.AnswerRequest("Sí, parking gratuito para clientes."))
                .put("/api/hotels/{hotel}/knowledge/parking/es", hotel)
                .then().statusCode(200).body("answer", equalTo("Sí, parking gratuito para clientes."))
                .body("updatedBy", equalTo("ana@" + hotel));
        given().auth().oauth2(staff).contentType("application/json")
                .body(new KnowledgeResource.AnswerRequest("x"))
                .put("/api/hotels/{hotel}/knowledge/casino/es", hotel)
                .then().statusCode(400).contentType("application/problem+json");

        given().auth().oauth2(staff).get("/api/hotels/{hotel}/knowledge", hotel)
                .then().statusCode(200).body("topic", equalTo(java.util.List.of("parking")));
    }
}
