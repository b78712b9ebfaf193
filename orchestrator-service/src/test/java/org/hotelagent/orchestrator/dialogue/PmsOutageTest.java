package org.hotelagent.orchestrator.dialogue;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hotelagent.contracts.nlp.EntityType.adults;
import static org.hotelagent.contracts.nlp.EntityType.check_in;
import static org.hotelagent.contracts.nlp.EntityType.check_out;
import static org.hotelagent.contracts.nlp.EntityType.guest_name;
import static org.hotelagent.contracts.nlp.EntityType.room_type;
import static org.hotelagent.orchestrator.support.GuestChat.entity;
import static org.hotelagent.orchestrator.support.PmsStandIn.availability;
import static org.hotelagent.orchestrator.support.PmsStandIn.bookings;
import static org.hotelagent.orchestrator.support.PmsStandIn.json;
import static org.hotelagent.orchestrator.support.PmsStandIn.offer;
import static org.hotelagent.orchestrator.support.PmsStandIn.problem;
import static org.hotelagent.orchestrator.support.PmsStandIn.quote;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;


import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.orchestrator.persistence.DataCipher;
import org.hotelagent.orchestrator.support.FactCheck;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.Metrics;
import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.PmsWarmUp;
import org.hotelagent.orchestrator.support.StaffTokens;

/** The PMS slow or down mid-booking: a holding reply at once, the action kept, the real answer once it is back. */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class PmsOutageTest extends PmsWarmUp {

    static final String DOUBLE = offer("double", "Doble", "Double room", "Quarto duplo", 2, "200.00", "100.00",
            "100.00");

    static final String REPLIES = "hotel_orchestrator_replies_composed_total";

    @Inject
    Pool pool;

    @Inject
    DataCipher cipher;

    @Test
    void aSlowPmsGetsAHoldingReplyWithinTwoSecondsAndTheOffersFollowWhenItAnswers() {
        var hotel = "hotel-" + UUID.randomUUID();
        var slow = pms.stubFor(post(availability(hotel)).willReturn(quote(hotel, "2026-12-14", "2026-12-16", 2,
                DOUBLE).withFixedDelay(5_000)));

        var holdingReplies = Metrics.value(REPLIES, "kind=\"holding\"");
        var followUps = Metrics.value(REPLIES, "kind=\"follow-up\"");

        try (var tom = new GuestChat(bootstrapServers, hotel, "4478" + System.nanoTime() % 10_000_000, "Tom")) {
            var started = System.nanoTime();
            var holding = tom.says("en", "Any room from Dec 14 to Dec 16 for 2 adults?", Intent.check_availability,
                    entity(check_in, "from Dec 14 to Dec 16", "2026-12-14"),
                    entity(check_out, "from Dec 14 to Dec 16", "2026-12-16"), entity(adults, "2 adults", "2"));
            var waited = Duration.ofNanos(System.nanoTime() - started);
            var kept = openActions(tom.conversationId());
            pms.removeStub(slow);
            pms.stubFor(post(availability(hotel)).willReturn(quote(hotel, "2026-12-14", "2026-12-16", 2, DOUBLE)));
            var offers = tom.awaitFollowUp(holding, Duration.ofSeconds(20));

            assertThat(holding.text()).isEqualTo("I'm checking with our reservations system, which is slow right "
                    + "now. I'll write to you as soon as I have the answer.");
            // The PMS would have answered after 5 s; the guest heard from us well before (Kafka round trip included).
            assertThat(waited).isLessThan(Duration.ofMillis(2_500));
            assertThat(kept).isEqualTo(1);
            assertThat(offers.text()).isEqualTo("For 2 adults, from December 14 to December 16, we have:\n"
                    + "• Double room: €200.00 in total\nWhich one would you like?");
            assertThat(offers.inReplyToEventId()).isEqualTo(holding.inReplyToEventId());
            assertThat(openActions(tom.conversationId())).isZero();
            given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                    .get("/api/conversations/{id}", tom.conversationId()).then().statusCode(200)
                    .body("turns", hasSize(2)).body("turns[1].guestText", nullValue());
            FactCheck.assertRepliesOnlyUse(tom, PmsStandIn.servedBodies(pms, hotel), List.of());
            Metrics.awaitIncrease(holdingReplies, 1, REPLIES, "kind=\"holding\"");
            Metrics.awaitIncrease(followUps, 1, REPLIES, "kind=\"follow-up\"");
        }
    }

    @Test
    void aConfirmationDuringAnOutageBooksOnceWithTheSameKeyWhenThePmsIsBack() {
        var hotel = "hotel-" + UUID.randomUUID();
        pms.stubFor(post(availability(hotel)).willReturn(quote(hotel, "2026-12-14", "2026-12-16", 2, DOUBLE)));
        var down = pms.stubFor(post(bookings(hotel)).willReturn(problem(503, "pms-unavailable")));

        try (var ines = new GuestChat(bootstrapServers, hotel, "3517" + System.nanoTime() % 10_000_000, "Inês",
                "pt-PT")) {
            var confirm = ines.says("pt", "Quarto duplo de 14 a 16 de dezembro para 2, em nome de Inês Sousa",
                    Intent.make_reservation, entity(room_type, "duplo", "double"),
                    entity(check_in, "de 14 a 16 de dezembro", "2026-12-14"),
                    entity(check_out, "de 14 a 16 de dezembro", "2026-12-16"), entity(adults, "para 2", "2"),
                    entity(guest_name, "Inês Sousa", "Inês Sousa"));
            var holding = ines.taps("pt", "Sim", "yes", Intent.affirm);
            await(Duration.ofSeconds(3));
            pms.removeStub(down);
            pms.stubFor(post(bookings(hotel)).willReturn(json(201, PmsStandIn.booking("HR-2026-00099", hotel,
                    "confirmed", "double", "2026-12-14", "2026-12-16", 2, "200.00", Map.of("name", "Inês Sousa")))));
            var booked = ines.awaitFollowUp(holding, Duration.ofSeconds(20));

            assertThat(confirm.text()).startsWith("Confirmo: Quarto duplo, de 14 de dezembro a 16 de dezembro");
            assertThat(holding.text()).startsWith("Estou a consultar o nosso sistema de reservas");
            assertThat(booked.text()).isEqualTo("Feito! A sua reserva está confirmada. Código: HR-2026-00099. "
                    + "Total: 200,00 €. Esperamos por si a 14 de dezembro!");
            var attempts = pms.findAll(postRequestedFor(urlPathEqualTo(bookings(hotel))));
            assertThat(attempts).hasSizeGreaterThanOrEqualTo(2);
            assertThat(attempts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(
                    attempts.getFirst().getHeader("Idempotency-Key"));
            assertThat(pms.getAllServeEvents()).filteredOn(e -> e.getRequest().getUrl().equals(bookings(hotel))
                    && e.getResponse().getStatus() == 201).hasSize(1);
            FactCheck.assertRepliesOnlyUse(ines, PmsStandIn.servedBodies(pms, hotel), List.of());
        }
    }

    private long openActions(String conversationId) {
        return pool.preparedQuery("select count(*) from pending_actions where conversation_id = $1 and resolved_at "
                + "is null").execute(Tuple.of(cipher.index(conversationId))).await().indefinitely().iterator().next()
                .getLong(0);
    }

    private static void await(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
