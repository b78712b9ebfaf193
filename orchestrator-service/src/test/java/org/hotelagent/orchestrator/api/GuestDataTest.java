package org.hotelagent.orchestrator.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.contracts.nlp.EntityType;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.orchestrator.api.GuestDataResource.GuestDataRequest;
import org.hotelagent.orchestrator.persistence.DataCipher;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.StaffTokens;

/** GDPR: an admin exports a guest's data, then erases it; the counts and the booking reference stay. */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class GuestDataTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Inject
    DataCipher cipher;

    @Test
    void anAdminExportsThenErasesAGuestsConversations() {
        var hotel = "hotel-" + UUID.randomUUID();
        var phone = "3460" + System.nanoTime() % 10_000_000;
        var email = "eva." + UUID.randomUUID() + "@example.com";
        var admin = StaffTokens.token("dpo@hotel-agent", "*", "staff", "admin");
        var byAddress = new GuestDataRequest(null, List.of(phone));
        String conversation;
        UUID firstMessage;
        try (var guest = new GuestChat(bootstrapServers, hotel, phone, "Eva", "es-ES")) {
            guest.says("es", "Quiero reservar una habitación", Intent.make_reservation);
            guest.says("es", "Soy Eva Lima, " + email + ", reserva anterior ABC123", Intent.provide_info,
                    GuestChat.entity(EntityType.guest_name, "Eva Lima", "Eva Lima"),
                    GuestChat.entity(EntityType.email, email, email),
                    GuestChat.entity(EntityType.booking_reference, "ABC123", "ABC123"));
            guest.says("es", "¿Tenéis spa?", Intent.hotel_info);
            conversation = guest.conversationId();
            firstMessage = guest.sent().getFirst().eventId();
        }

        given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff")).contentType("application/json")
                .body(byAddress).post("/api/guest-data/export").then().statusCode(403);
        given().auth().oauth2(admin).contentType("application/json").body(new GuestDataRequest(null, null))
                .post("/api/guest-data/export").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType("application/json").body(byAddress)
                .post("/api/guest-data/export").then().statusCode(200)
                .body("conversations", hasSize(1))
                .body("conversations[0].conversationId", equalTo(conversation))
                .body("conversations[0].guestAddress", equalTo(phone))
                .body("conversations[0].guestName", equalTo("Eva"))
                .body("conversations[0].locale", equalTo("es-ES"))
                .body("conversations[0].slots.email", equalTo(email))
                .body("conversations[0].slots.guest_name", equalTo("Eva Lima"))
                .body("conversations[0].turns", hasSize(3))
                .body("conversations[0].questions[0].question", equalTo("¿Tenéis spa?"))
                .body("conversations[0].turns[0].guestText", equalTo("Quiero reservar una habitación"))
                .body("conversations[0].turns[1].reply.recipient.address", equalTo(phone));

        var erasure = given().auth().oauth2(admin).contentType("application/json")
                .body(new GuestDataRequest(List.of(conversation), List.of(phone)))
                .post("/api/guest-data/erasure").then().statusCode(200).body("conversations", equalTo(1))
                .extract().<String>path("requestId");

        given().auth().oauth2(admin).contentType("application/json").body(byAddress)
                .post("/api/guest-data/erasure").then().statusCode(200).body("conversations", equalTo(0));
        given().auth().oauth2(admin).contentType("application/json").body(byAddress)
                .post("/api/guest-data/export").then().statusCode(200).body("conversations", empty());
        given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                .get("/api/conversations/{id}", conversation)
                .then().statusCode(404);
        assertThat(keptAfterErasure(firstMessage)).containsEntry("turns", 3L)
                .containsEntry("intent", "make_reservation")
                .containsEntry("slots", "{\"booking_reference\":\"ABC123\"}")
                .containsEntry("contact", "").containsEntry("texts", 0L);
        var trail = given().auth().oauth2(admin).get("/api/guest-data/requests").then().statusCode(200)
                .extract().asString();
        assertThat(trail).contains(erasure, "dpo@hotel-agent", "erasure").doesNotContain(phone, conversation);
    }

    @Test
    void anAdminOfAnotherHotelNeitherExportsNorErasesTheGuest() {
        var hotel = "hotel-" + UUID.randomUUID();
        var otherHotel = "hotel-" + UUID.randomUUID();
        var phone = "3461" + System.nanoTime() % 10_000_000;
        var ownAdmin = StaffTokens.token("dpo@" + hotel, hotel, "staff", "admin");
        var otherAdmin = StaffTokens.token("dpo@" + otherHotel, otherHotel, "staff", "admin");
        String conversation;
        String sameGuestElsewhere;
        try (var guest = new GuestChat(bootstrapServers, hotel, phone, "Eva");
             var elsewhere = new GuestChat(bootstrapServers, otherHotel, phone, "Eva")) {
            guest.says("es", "Hola", Intent.greeting);
            elsewhere.says("es", "Hola", Intent.greeting);
            conversation = guest.conversationId();
            sameGuestElsewhere = elsewhere.conversationId();
        }
        var byIdAndAddress = new GuestDataRequest(List.of(conversation), List.of(phone));

        for (var refused : List.of(otherAdmin, StaffTokens.withoutHotel("dpo@hotel-agent", "staff", "admin"))) {
            given().auth().oauth2(refused).contentType("application/json").body(new GuestDataRequest(
                    List.of(conversation), null)).post("/api/guest-data/export").then().statusCode(200)
                    .body("conversations", empty());
        }
        var erasure = given().auth().oauth2(otherAdmin).contentType("application/json").body(byIdAndAddress)
                .post("/api/guest-data/erasure").then().statusCode(200).body("conversations", equalTo(1))
                .extract().<String>path("requestId");

        given().auth().oauth2(ownAdmin).contentType("application/json").body(byIdAndAddress)
                .post("/api/guest-data/export").then().statusCode(200)
                .body("conversations.conversationId", equalTo(List.of(conversation)))
                .body("conversations[0].turns[0].guestText", equalTo("Hola"));
        var trail = given().auth().oauth2(ownAdmin).get("/api/guest-data/requests").then().statusCode(200)
                .extract().asString();
        assertThat(trail).contains(erasure).doesNotContain(conversation, sameGuestElsewhere, phone);
        given().auth().oauth2(StaffTokens.token("ana@" + otherHotel, otherHotel, "staff"))
                .get("/api/conversations/{id}", sameGuestElsewhere).then().statusCode(404);
    }

    @Test
    void onlyAdminsMayAskForGuestData() {
        given().contentType("application/json").body(new GuestDataRequest(List.of("x"), null))
                .post("/api/guest-data/erasure").then().statusCode(401);
        given().auth().oauth2(StaffTokens.token("ana", "*", "staff")).get("/api/guest-data/requests")
                .then().statusCode(403);
    }

    /** The erased conversation found through one of its turns, which keeps its time, intent and event id. */
    private Map<String, Object> keptAfterErasure(UUID messageEventId) {
        var row = pool.preparedQuery("""
                select (select count(*) from turns a where a.conversation_id = c.id) as turns,
                       (select count(*) from turns a where a.conversation_id = c.id
                            and (a.guest_text is not null or a.reply is not null))
                       + (select count(*) from staff_tasks s where s.conversation_id = c.id
                            and (s.question is not null or s.answer is not null)) as texts,
                       t.intent, c.slots, concat(c.sealed_id, c.guest_address_index, c.guest_address,
                           c.guest_user_id, c.guest_name, c.locale, c.dialogue) as contact
                from turns t join conversations c on c.id = t.conversation_id
                where t.source_event_id = $1 and c.erased_at is not null
                """).execute(Tuple.of(messageEventId)).await().indefinitely().iterator().next();
        return Map.of("turns", row.getLong("turns"), "texts", row.getLong("texts"), "intent", row.getString("intent"),
                "slots", cipher.open(row.getBuffer("slots").getBytes()), "contact",
                row.getString("contact"));
    }
}
