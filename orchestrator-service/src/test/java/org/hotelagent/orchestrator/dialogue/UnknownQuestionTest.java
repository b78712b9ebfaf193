package org.hotelagent.orchestrator.dialogue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

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
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.orchestrator.api.StaffTaskResource.ResolutionRequest;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.StaffTokens;

/** Questions the hotel's answers do not cover: "I'll ask the team", a staff task, the answer sent and kept. */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class UnknownQuestionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anUnknownQuestionBecomesAStaffTaskWhoseAnswerReachesTheGuest() {
        var hotel = "hotel-" + UUID.randomUUID();
        var staff = StaffTokens.token("ana@" + hotel, hotel, "staff");
        try (var guest = new GuestChat(bootstrapServers, hotel, "3460" + System.nanoTime() % 10_000_000, "Eva");
             var kafka = new KafkaCompanion(bootstrapServers);
             var out = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.REPLIES_COMPOSED)) {
            var honest = guest.says("es", "¿Tenéis spa?", Intent.hotel_info);
            var task = given().auth().oauth2(staff).get("/api/hotels/{hotel}/tasks", hotel).then().statusCode(200)
                    .body("", hasSize(1)).body("[0].question", equalTo("¿Tenéis spa?"))
                    .body("[0].language", equalTo("es"))
                    .body("[0].conversationId", equalTo(guest.conversationId()))
                    .extract().<String>path("[0].taskId");

            var sent = given().auth().oauth2(staff).contentType("application/json")
                    .body(new ResolutionRequest("Sí, el spa abre de 9:00 a 21:00.", null))
                    .post("/api/tasks/{task}/resolution", task).then().statusCode(200)
                    .extract().<String>path("replyEventId");

            assertThat(honest.text()).isEqualTo("¡Buena pregunta! No tengo ese dato a mano, así que se lo pregunto "
                    + "al equipo y te respondo por aquí.");
            await().atMost(Duration.ofSeconds(10)).until(() -> out.getRecords().stream()
                    .anyMatch(r -> r.value().contains(sent)));
            var answer = out.getRecords().stream().filter(r -> r.value().contains(sent)).map(r -> read(r.value()))
                    .findFirst().orElseThrow();
            assertThat(answer.text()).isEqualTo("Sí, el spa abre de 9:00 a 21:00.");
            assertThat(answer.conversationId()).isEqualTo(guest.conversationId());
            given().auth().oauth2(staff).contentType("application/json")
                    .body(new ResolutionRequest("Otra vez", null))
                    .post("/api/tasks/{task}/resolution", task).then().statusCode(409);
            given().auth().oauth2(staff).get("/api/hotels/{hotel}/tasks", hotel).then().body("", empty());
            given().auth().oauth2(staff).queryParam("status", "resolved").get("/api/hotels/{hotel}/tasks", hotel)
                    .then().body("[0].answer", equalTo("Sí, el spa abre de 9:00 a 21:00."))
                    .body("[0].resolvedBy", equalTo("ana@" + hotel));
        }
    }

    @Test
    void aQuestionMidBookingKeepsTheBookingAndItsAnswerCanBecomeTheHotelsAnswer() {
        var hotel = "hotel-" + UUID.randomUUID();
        var staff = StaffTokens.token("ana@" + hotel, hotel, "staff");
        try (var guest = new GuestChat(bootstrapServers, hotel, "4470" + System.nanoTime() % 10_000_000, "Kim")) {
            guest.says("en", "I'd like to book a room", Intent.make_reservation);
            var honest = guest.says("en", "Do you have a gym?", Intent.amenities_request);
            var task = given().auth().oauth2(staff).get("/api/hotels/{hotel}/tasks", hotel).then()
                    .extract().<String>path("[0].taskId");
            given().auth().oauth2(staff).contentType("application/json")
                    .body(new ResolutionRequest("Yes, a small gym on the 1st floor, open 24 hours.", "gym"))
                    .post("/api/tasks/{task}/resolution", task).then().statusCode(200);

            var answered = guest.says("en", "Is the gym open at night?", Intent.amenities_request);

            assertThat(honest.text()).isEqualTo("Good question! I don't have that information at hand, so I'll ask "
                    + "the team and get back to you here.\n\nSure! What dates would you like? Tell me the arrival "
                    + "and departure, or how many nights.");
            assertThat(answered.text()).startsWith("Yes, a small gym on the 1st floor, open 24 hours.");
            given().auth().oauth2(staff).get("/api/hotels/{hotel}/knowledge", hotel).then()
                    .body("[0].topic", equalTo("gym")).body("[0].language", equalTo("en"));
            given().auth().oauth2(staff).queryParam("status", "all").get("/api/hotels/{hotel}/tasks", hotel)
                    .then().body("", hasSize(1));
        }
    }

    @Test
    void portugueseGuestsAreToldInPortugueseAndUnknownTasksAreAProblem() {
        var hotel = "hotel-" + UUID.randomUUID();
        try (var guest = new GuestChat(bootstrapServers, hotel, "5511" + System.nanoTime() % 10_000_000, "Ana")) {
            var honest = guest.says("pt-BR", "Vocês têm serviço de lavandaria?", Intent.hotel_info);

            assertThat(honest.text()).isEqualTo("Boa pergunta! Não tenho essa informação agora, então vou "
                    + "perguntar para a equipe e dou um retorno por aqui assim que souber.");
        }
        var staff = StaffTokens.token("ana@" + hotel, hotel, "staff");
        given().auth().oauth2(staff).contentType("application/json").body(new ResolutionRequest("x", null))
                .post("/api/tasks/{task}/resolution", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(staff).contentType("application/json").body(new ResolutionRequest("x", "casino"))
                .post("/api/tasks/{task}/resolution", UUID.randomUUID()).then().statusCode(400);
        given().auth().oauth2(staff).queryParam("status", "later").get("/api/hotels/{hotel}/tasks", hotel)
                .then().statusCode(400);
    }

    private static ReplyComposed read(String json) {
        try {
            return GoldenSamples.MAPPER.readValue(json, ReplyComposed.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
