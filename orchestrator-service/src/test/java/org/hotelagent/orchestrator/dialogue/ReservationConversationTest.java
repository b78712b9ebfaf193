package org.hotelagent.orchestrator.dialogue;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hotelagent.contracts.nlp.EntityType.booking_reference;
import static org.hotelagent.contracts.nlp.EntityType.check_in;
import static org.hotelagent.contracts.nlp.EntityType.check_out;
import static org.hotelagent.orchestrator.support.GuestChat.entity;
import static org.hotelagent.orchestrator.support.PmsStandIn.booking;
import static org.hotelagent.orchestrator.support.PmsStandIn.json;

import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.junit.jupiter.api.Test;


import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.contracts.dialogue.ReplyButton;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.orchestrator.support.FactCheck;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.Metrics;
import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.PmsWarmUp;
import org.hotelagent.orchestrator.support.StaffTokens;

/** Status, cancellation and refusals of other people's bookings, through the real broker and the PMS stand-in. */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class ReservationConversationTest extends PmsWarmUp {

    static final String BOOKINGS = "hotel_orchestrator_bookings_changed_total";

    @Test
    void cancelsTheGuestsOwnBookingOnlyAfterTheyConfirm() {
        var hotel = "hotel-" + UUID.randomUUID();
        var address = "3462" + System.nanoTime() % 10_000_000;
        var reference = reference();
        var mine = Map.of("name", "Elena Ruiz", "channelAddress", "whatsapp:" + address);
        pms.stubFor(get("/api/bookings/" + reference).willReturn(json(200, booking(reference, hotel, "confirmed",
                "double", "2026-12-03", "2026-12-05", 2, "180.00", mine))));
        pms.stubFor(post("/api/bookings/" + reference + "/cancellation").willReturn(json(200, booking(reference,
                hotel, "cancelled", "double", "2026-12-03", "2026-12-05", 2, "180.00", mine))));

        var cancellations = Metrics.value(BOOKINGS, "change=\"cancelled\"");

        try (var elena = new GuestChat(bootstrapServers, hotel, address, "Elena")) {
            var confirm = elena.says("es", "Quiero cancelar mi reserva " + reference, Intent.cancel_reservation,
                    entity(booking_reference, reference, reference));
            var cancelled = elena.taps("es", "Sí", "yes", Intent.affirm);

            assertThat(confirm.text()).isEqualTo("Reserva " + reference + ", del 3 de diciembre al 5 de diciembre, "
                    + "180,00 €. ¿Seguro que quieres cancelarla?");
            assertThat(confirm.buttons()).extracting(ReplyButton::id).containsExactly("yes", "no");
            assertThat(cancelled.text()).isEqualTo("La reserva " + reference + " está cancelada. ¡Esperamos verte "
                    + "en otra ocasión!");
            pms.verify(1, postRequestedFor(urlPathEqualTo("/api/bookings/" + reference + "/cancellation"))
                    .withHeader("X-Conversation-Id", equalTo(elena.conversationId()))
                    .withHeader("X-Correlation-Id", equalTo(elena.sent().getLast().correlationId())));
            given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                    .get("/api/conversations/{id}", elena.conversationId()).then().statusCode(200)
                    .body("task", nullValue()).body("slots.booking_reference", is(reference));
            FactCheck.assertRepliesOnlyUse(elena, PmsStandIn.servedBodies(pms, reference), List.of());
            Metrics.awaitIncrease(cancellations, 1, BOOKINGS, "change=\"cancelled\"");
        }
    }

    @Test
    void refusesToCancelABookingMadeFromAnotherContact() {
        var hotel = "hotel-" + UUID.randomUUID();
        var reference = reference();
        pms.stubFor(get("/api/bookings/" + reference).willReturn(json(200, booking(reference, hotel, "confirmed",
                "double", "2026-12-03", "2026-12-05", 2, "180.00", Map.of("name", "Someone Else",
                        "email", "someone@example.com", "phone", "+34600999888",
                        "channelAddress", "whatsapp:34600999888")))));

        try (var mallory = new GuestChat(bootstrapServers, hotel, "4479" + System.nanoTime() % 10_000_000, "M")) {
            var refused = mallory.says("en", "Cancel booking " + reference + ", my email is someone@example.com",
                    Intent.cancel_reservation, entity(booking_reference, reference, reference),
                    entity(org.hotelagent.contracts.nlp.EntityType.email, "someone@example.com",
                            "someone@example.com"));

            assertThat(refused.text()).isEqualTo("Sorry, I can't manage that booking from this contact. Please "
                    + "write to us from the phone or email it was made with.");
            pms.verify(0, postRequestedFor(urlPathEqualTo("/api/bookings/" + reference + "/cancellation")));
            given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                    .get("/api/conversations/{id}", mallory.conversationId()).then().statusCode(200)
                    .body("task", nullValue()).body("slots.booking_reference", nullValue());
        }
    }

    @Test
    void tellsTheStatusOfABookingMadeWithTheGuestsPhone() {
        var hotel = "hotel-" + UUID.randomUUID();
        var address = "3519" + System.nanoTime() % 10_000_000;
        var reference = reference();
        pms.stubFor(get("/api/bookings/" + reference).willReturn(json(200, booking(reference, hotel, "confirmed",
                "suite", "2026-12-10", "2026-12-13", 2, "480.00", Map.of("name", "Rui Costa",
                        "phone", "+" + address)))));

        try (var rui = new GuestChat(bootstrapServers, hotel, address, "Rui", "pt-PT")) {
            var status = rui.says("pt", "Como está a minha reserva " + reference + "?", Intent.reservation_status,
                    entity(booking_reference, reference, reference));
            var unknown = rui.says("pt", "E a HR-1999-00001?", Intent.reservation_status,
                    entity(booking_reference, "HR-1999-00001", "HR-1999-00001"));

            assertThat(status.text()).isEqualTo("A sua reserva " + reference + " está confirmada: de 10 de dezembro "
                    + "a 13 de dezembro, 2 adultos. Total: 480,00 €.");
            assertThat(unknown.text()).isEqualTo("Não encontro nenhuma reserva com o código HR-1999-00001. "
                    + "Pode verificar?");
            FactCheck.assertRepliesOnlyUse(rui, PmsStandIn.servedBodies(pms, "/api/bookings/"), List.of());
        }
    }

    @Test
    void movesTheGuestsBookingToNewDatesAfterTheyConfirm() {
        var hotel = "hotel-" + UUID.randomUUID();
        var address = "4470" + System.nanoTime() % 10_000_000;
        var reference = reference();
        var mine = Map.of("name", "Amy Lee", "channelAddress", "whatsapp:" + address);
        pms.stubFor(get("/api/bookings/" + reference).willReturn(json(200, booking(reference, hotel, "confirmed",
                "double", "2026-12-03", "2026-12-05", 2, "180.00", mine))));
        pms.stubFor(patch(urlPathEqualTo("/api/bookings/" + reference)).willReturn(json(200, booking(reference, hotel,
                "confirmed", "double", "2026-12-20", "2026-12-22", 2, "230.00", mine))));

        var changes = Metrics.value(BOOKINGS, "change=\"modified\"");

        try (var amy = new GuestChat(bootstrapServers, hotel, address, "Amy")) {
            var confirm = amy.says("en", "Can I move " + reference + " to Dec 20-22?", Intent.modify_reservation,
                    entity(booking_reference, reference, reference), entity(check_in, "Dec 20-22", "2026-12-20"),
                    entity(check_out, "Dec 20-22", "2026-12-22"));
            var changed = amy.taps("en", "Yes", "yes", Intent.affirm);

            assertThat(confirm.text()).isEqualTo("Booking " + reference + " would then be from December 20 to "
                    + "December 22 (2 nights). Shall I change it?");
            assertThat(changed.text()).isEqualTo("Done: booking " + reference + " is now from December 20 to "
                    + "December 22. New total: €230.00.");
            pms.verify(1, patchRequestedFor(urlPathEqualTo("/api/bookings/" + reference))
                    .withHeader("X-Conversation-Id", equalTo(amy.conversationId()))
                    .withRequestBody(equalToJson("{\"checkIn\": \"2026-12-20\", \"checkOut\": \"2026-12-22\"}")));
            FactCheck.assertRepliesOnlyUse(amy, PmsStandIn.servedBodies(pms, reference), List.of());
            Metrics.awaitIncrease(changes, 1, BOOKINGS, "change=\"modified\"");
        }
    }

    private static String reference() {
        return "HR-2026-" + (10_000 + (int) (Math.random() * 89_999)) + (System.nanoTime() % 1000);
    }
}
