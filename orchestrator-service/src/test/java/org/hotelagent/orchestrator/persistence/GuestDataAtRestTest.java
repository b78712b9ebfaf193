package org.hotelagent.orchestrator.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.StaffTokens;

/** Guest contact data is stored encrypted: the tables never hold it in clear, the staff API still shows it. */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class GuestDataAtRestTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Pool pool;

    @Inject
    DataCipher cipher;

    @Test
    void contactDataIsEncryptedInTheTablesAndClearInTheApi() {
        var hotel = "hotel-" + UUID.randomUUID();
        var address = "3460" + System.nanoTime() % 10_000_000;
        var phone = "3461" + System.nanoTime() % 10_000_000;
        var email = "lucia." + UUID.randomUUID() + "@example.com";
        String conversation;
        try (var guest = new GuestChat(bootstrapServers, hotel, address, "Lucía Pardo")) {
            guest.says("es", "Quiero reservar una habitación", Intent.make_reservation);
            guest.says("es", "A nombre de Lucía Pardo, " + email + ", teléfono +" + phone, Intent.provide_info,
                    GuestChat.entity(EntityType.guest_name, "Lucía Pardo", "Lucía Pardo"),
                    GuestChat.entity(EntityType.email, email, email),
                    GuestChat.entity(EntityType.phone, "+" + phone, phone));
            conversation = guest.conversationId();
        }

        var raw = rawRows(conversation);
        assertThat(raw).isNotBlank().doesNotContain(address, phone, email, "Lucía", "Pardo", "Quiero reservar");
        assertThat(raw).contains(cipher.index(address), cipher.index(conversation));
        var staff = StaffTokens.token("ana@" + hotel, hotel, "staff");
        given().auth().oauth2(staff).get("/api/conversations/{id}", conversation).then().statusCode(200)
                .body("conversationId", equalTo(conversation))
                .body("guestName", equalTo("Lucía Pardo"))
                .body("slots.email", equalTo(email))
                .body("slots.phone", equalTo(phone))
                .body("slots.guest_name", equalTo("Lucía Pardo"))
                .body("turns[1].guestText", equalTo("A nombre de Lucía Pardo, " + email + ", teléfono +" + phone));
        given().auth().oauth2(staff).queryParam("hotelId", hotel).get("/api/conversations").then().statusCode(200)
                .body("conversationId", hasItem(conversation)).body("guestName", hasItem("Lucía Pardo"));
    }

    /** Every column of the conversation's rows as PostgreSQL prints them. */
    private String rawRows(String conversationId) {
        var id = cipher.index(conversationId);
        return pool.preparedQuery("""
                select concat((select string_agg(c::text, '|') from conversations c where c.id = $1),
                              (select string_agg(t::text, '|') from turns t where t.conversation_id = $1),
                              (select string_agg(p::text, '|') from pending_actions p where p.conversation_id = $1))
                """).execute(Tuple.of(id)).await().indefinitely().iterator().next().getString(0);
    }
}
