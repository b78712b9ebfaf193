package org.hotelagent.orchestrator.dialogue;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hotelagent.contracts.nlp.EntityType.adults;
import static org.hotelagent.contracts.nlp.EntityType.check_in;
import static org.hotelagent.contracts.nlp.EntityType.check_out;
import static org.hotelagent.contracts.nlp.EntityType.guest_name;
import static org.hotelagent.contracts.nlp.EntityType.room_type;
import static org.hotelagent.orchestrator.support.GuestChat.entity;
import static org.hotelagent.orchestrator.support.GuestChat.previous;
import static org.hotelagent.orchestrator.support.PmsStandIn.availability;
import static org.hotelagent.orchestrator.support.PmsStandIn.bookings;
import static org.hotelagent.orchestrator.support.PmsStandIn.json;
import static org.hotelagent.orchestrator.support.PmsStandIn.offer;
import static org.hotelagent.orchestrator.support.PmsStandIn.quote;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.junit.jupiter.api.Test;


import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.contracts.dialogue.ReplyButton;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.dialogue.ReplyList;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.orchestrator.api.KnowledgeResource;
import org.hotelagent.orchestrator.support.FactCheck;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.Metrics;
import org.hotelagent.orchestrator.support.PmsStandIn;
import org.hotelagent.orchestrator.support.PmsWarmUp;
import org.hotelagent.orchestrator.support.StaffTokens;

/** Booking conversations through the real broker, with the PMS stand-in quoting and booking. */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class BookingConversationTest extends PmsWarmUp {

    static final String DOUBLE = offer("double", "Doble", "Double room", "Quarto duplo", 4, "180.00", "90.00",
            "90.00");
    static final String SUITE = offer("suite", "Suite", "Suite", "Suite", 1, "320.00", "160.00", "160.00");

    static final String STARTED = "hotel_orchestrator_conversations_started_total";
    static final String REPLIES = "hotel_orchestrator_replies_composed_total";
    static final String QUOTES = "hotel_orchestrator_quotes_offered_total";
    static final String BOOKINGS = "hotel_orchestrator_bookings_changed_total";
    static final String TURNS = "hotel_orchestrator_turns_processed_seconds";

    @Test
    void booksOverSeveralTurnsAfterAnExplicitConfirmationAndOnlyOnceWhenTheYesIsRedelivered() {
        var hotel = "hotel-" + UUID.randomUUID();
        var address = "346" + (10_000_000 + (int) (Math.random() * 89_999_999));
        pms.stubFor(post(availability(hotel)).willReturn(quote(hotel, "2026-12-03", "2026-12-05", 2, DOUBLE, SUITE)));
        pms.stubFor(post(bookings(hotel)).willReturn(json(201, PmsStandIn.booking("HR-2026-00042", hotel,
                "confirmed", "double", "2026-12-03", "2026-12-05", 2, "180.00", Map.of("name", "Ana García")))));
        var started = Metrics.value(STARTED, "channel=\"whatsapp\"", "language=\"es\"");
        var answered = Metrics.value(REPLIES, "kind=\"answered\"");
        var quotes = Metrics.value(QUOTES);
        var created = Metrics.value(BOOKINGS, "change=\"created\"");
        var turns = Metrics.value(TURNS + "_count", "channel=\"whatsapp\"");

        try (var ana = new GuestChat(bootstrapServers, hotel, address, "Ana")) {
            var askDates = ana.says("es", "Hola, quiero reservar una habitación", Intent.make_reservation);
            var offers = ana.says("es", "del 3 al 5 de diciembre, somos 2 adultos", Intent.provide_info,
                    entity(check_in, "del 3 al 5 de diciembre", "2026-12-03"),
                    entity(check_out, "del 3 al 5 de diciembre", "2026-12-05"), entity(adults, "2 adultos", "2"));
            var askName = ana.taps("es", "Doble", "room:double", Intent.provide_info);
            var confirm = ana.says("es", "A nombre de Ana García", Intent.provide_info,
                    entity(guest_name, "Ana García", "Ana García"));
            var yes = ana.message("es", "Sí", Intent.affirm, new MessageBody.Choice(MessageBody.ChoiceKind.button,
                    "yes", "Sí", null));
            var booked = ana.send(yes);
            ana.publish(yes);

            assertThat(askDates.text()).isEqualTo("¡Claro! ¿Para qué fechas? Dime el día de llegada y el de salida, "
                    + "o cuántas noches.");
            assertThat(offers.text()).isEqualTo("Para 2 adultos, del 3 de diciembre al 5 de diciembre, tenemos:\n"
                    + "• Doble: 180,00 € en total\n• Suite: 320,00 € en total\n¿Cuál prefieres?");
            assertThat(offers.list().sections().getFirst().rows()).extracting(ReplyList.Row::id)
                    .containsExactly("room:double", "room:suite");
            assertThat(askName.text()).isEqualTo("¡Buena elección! ¿A nombre de quién hago la reserva?");
            assertThat(confirm.text()).isEqualTo("Te confirmo: Doble, del 3 de diciembre al 5 de diciembre "
                    + "(2 noches), 2 adultos. Total: 180,00 €. ¿La reservo?");
            assertThat(confirm.buttons()).extracting(ReplyButton::id).containsExactly("yes", "no");
            assertThat(booked.text()).isEqualTo("¡Hecho! Tu reserva está confirmada. Código: HR-2026-00042. "
                    + "Total: 180,00 €. ¡Te esperamos el 3 de diciembre!");
            await().atMost(Duration.ofSeconds(10)).until(() -> ana.repliesTo(yes.eventId()).size() == 2);
            assertThat(ana.repliesTo(yes.eventId())).extracting(r -> r.eventId()).containsOnly(booked.eventId());
            pms.verify(1, postRequestedFor(urlPathEqualTo(bookings(hotel)))
                    .withHeader("Idempotency-Key", matching("[0-9a-f-]{36}"))
                    .withHeader("X-Conversation-Id", equalTo(ana.conversationId()))
                    .withHeader("X-Correlation-Id", equalTo(yes.correlationId()))
                    .withRequestBody(equalToJson("""
                            {"roomTypeId": "double", "checkIn": "2026-12-03", "checkOut": "2026-12-05", "adults": 2,
                             "children": 0, "quotedTotal": 180.00,
                             "guest": {"name": "Ana García", "phone": "+%s", "channelAddress": "whatsapp:%s",
                                       "language": "es"}}""".formatted(address, address))));
            pms.verify(1, postRequestedFor(urlPathEqualTo(availability(hotel))).withRequestBody(equalToJson("""
                    {"checkIn": "2026-12-03", "checkOut": "2026-12-05", "rooms": [{"adults": 2, "children": 0}]}""")));
            given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                    .get("/api/conversations/{id}", ana.conversationId()).then().statusCode(200)
                    .body("task", nullValue())
                    .body("slots.booking_reference", is("HR-2026-00042"))
                    .body("slots.guest_name", is("Ana García"))
                    .body("turns", hasSize(5));
            FactCheck.assertRepliesOnlyUse(ana, PmsStandIn.servedBodies(pms, hotel), List.of());
            Metrics.awaitIncrease(started, 1, STARTED, "channel=\"whatsapp\"", "language=\"es\"");
            Metrics.awaitIncrease(answered, 5, REPLIES, "kind=\"answered\"");
            Metrics.awaitIncrease(quotes, 1, QUOTES);
            Metrics.awaitIncrease(created, 1, BOOKINGS, "change=\"created\"");
            // five messages and the redelivered yes, each timed into the histogram's buckets
            Metrics.awaitIncrease(turns, 6, TURNS + "_count", "channel=\"whatsapp\"");
            assertThat(Metrics.value(TURNS + "_bucket", "channel=\"whatsapp\"", "le=\"+Inf\""))
                    .isEqualTo(Metrics.value(TURNS + "_count", "channel=\"whatsapp\""));
        }
    }

    @Test
    void aLongBookingRequestReadAsProvideInfoIsTakenAsABookingAndGoesStraightToTheConfirmation() {
        var hotel = "hotel-" + UUID.randomUUID();
        pms.stubFor(post(availability(hotel)).willReturn(quote(hotel, "2026-12-03", "2026-12-05", 2, DOUBLE, SUITE)));
        var text = "Buenas, una doble del 3 al 5 de diciembre para 2 adultos a nombre de Ana García";

        try (var ana = new GuestChat(bootstrapServers, hotel, "3463" + System.nanoTime() % 10_000_000, "Ana")) {
            var confirm = ana.says("es", text, Intent.provide_info, entity(room_type, "doble", "double"),
                    entity(check_in, "del 3 al 5 de diciembre", "2026-12-03"),
                    entity(check_out, "del 3 al 5 de diciembre", "2026-12-05"), entity(adults, "2 adultos", "2"),
                    entity(guest_name, "Ana García", "Ana García"));

            assertThat(confirm.text()).isEqualTo("Te confirmo: Doble, del 3 de diciembre al 5 de diciembre "
                    + "(2 noches), 2 adultos. Total: 180,00 €. ¿La reservo?");
            assertThat(confirm.buttons()).extracting(ReplyButton::id).containsExactly("yes", "no");
            given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                    .get("/api/conversations/{id}", ana.conversationId()).then().statusCode(200)
                    .body("task", is("make_reservation"));
            FactCheck.assertRepliesOnlyUse(ana, PmsStandIn.servedBodies(pms, hotel), List.of());
        }
    }

    @Test
    void aCorrectedArrivalDateIsRequotedAndRestatedBeforeBooking() {
        var hotel = "hotel-" + UUID.randomUUID();
        pms.stubFor(post(availability(hotel)).withRequestBody(matchingJsonPath("$.checkIn", equalTo("2026-12-05")))
                .willReturn(quote(hotel, "2026-12-05", "2026-12-07", 2, offer("double", "Doble", "Double room",
                        "Quarto duplo", 3, "190.00", "95.00", "95.00"))));
        pms.stubFor(post(availability(hotel)).withRequestBody(matchingJsonPath("$.checkIn", equalTo("2026-12-06")))
                .willReturn(quote(hotel, "2026-12-06", "2026-12-08", 2, offer("double", "Doble", "Double room",
                        "Quarto duplo", 3, "210.00", "105.00", "105.00"))));

        try (var luis = new GuestChat(bootstrapServers, hotel, "3461" + System.nanoTime() % 10_000_000, "Luis")) {
            var first = luis.says("es", "Quiero una doble del 5 al 7 de diciembre para 2, soy Luis Pérez",
                    Intent.make_reservation, entity(room_type, "doble", "double"),
                    entity(check_in, "del 5 al 7 de diciembre", "2026-12-05"),
                    entity(check_out, "del 5 al 7 de diciembre", "2026-12-07"), entity(adults, "para 2", "2"),
                    entity(guest_name, "Luis Pérez", "Luis Pérez"));
            var corrected = luis.says("es", "no, el 6, no el 5", Intent.deny,
                    entity(check_in, "el 6", "2026-12-06"), previous(check_in, "el 5", "2026-12-05"));

            assertThat(first.text()).isEqualTo("Te confirmo: Doble, del 5 de diciembre al 7 de diciembre (2 noches), "
                    + "2 adultos. Total: 190,00 €. ¿La reservo?");
            assertThat(corrected.text()).isEqualTo("Te confirmo: Doble, del 6 de diciembre al 8 de diciembre "
                    + "(2 noches), 2 adultos. Total: 210,00 €. ¿La reservo?");
            pms.verify(0, postRequestedFor(urlPathEqualTo(bookings(hotel))));
            given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                    .get("/api/conversations/{id}", luis.conversationId()).then().statusCode(200)
                    .body("task", is("make_reservation"))
                    .body("slots.check_in", is("2026-12-06"))
                    .body("slots.check_out", is("2026-12-08"))
                    .body("slots.nights", is("2"))
                    .body("slots.room_type", is("double"));
            FactCheck.assertRepliesOnlyUse(luis, PmsStandIn.servedBodies(pms, hotel), List.of());
        }
    }

    @Test
    void offersAvailabilityThenBooksTheRoomChosenAfterThePartyChanges() {
        var hotel = "hotel-" + UUID.randomUUID();
        pms.stubFor(post(availability(hotel)).withRequestBody(matchingJsonPath("$.rooms[0].adults", equalTo("2")))
                .willReturn(quote(hotel, "2026-12-10", "2026-12-12", 2, DOUBLE, offer("twin", "Twin",
                        "Twin room", "Quarto twin", 2, "170.00", "85.00", "85.00"))));
        pms.stubFor(post(availability(hotel)).withRequestBody(matchingJsonPath("$.rooms[0].adults", equalTo("3")))
                .willReturn(quote(hotel, "2026-12-10", "2026-12-12", 2, offer("family", "Familiar", "Family room",
                        "Quarto familiar", 2, "260.00", "130.00", "130.00"))));
        pms.stubFor(post(bookings(hotel)).willReturn(json(201, PmsStandIn.booking("HR-2026-00077", hotel,
                "confirmed", "family", "2026-12-10", "2026-12-12", 3, "260.00", Map.of("name", "John Smith")))));

        try (var john = new GuestChat(bootstrapServers, hotel, "4477" + System.nanoTime() % 10_000_000, "John")) {
            var offers = john.says("en", "Any rooms from Dec 10 to Dec 12 for 2 adults?", Intent.check_availability,
                    entity(check_in, "from Dec 10 to Dec 12", "2026-12-10"),
                    entity(check_out, "from Dec 10 to Dec 12", "2026-12-12"), entity(adults, "2 adults", "2"));
            var askName = john.says("en", "Great, book the twin", Intent.make_reservation,
                    entity(room_type, "twin", "twin"));
            var requoted = john.says("en", "actually 3 adults", Intent.provide_info, entity(adults, "3 adults", "3"));
            john.taps("en", "Family room", "room:family", Intent.provide_info);
            var confirm = john.says("en", "John Smith", Intent.provide_info,
                    entity(guest_name, "John Smith", "John Smith"));
            var booked = john.taps("en", "Yes", "yes", Intent.affirm);

            assertThat(offers.text()).isEqualTo("For 2 adults, from December 10 to December 12, we have:\n"
                    + "• Double room: €180.00 in total\n• Twin room: €170.00 in total\nWhich one would you like?");
            assertThat(askName.text()).isEqualTo("Great choice. Whose name shall I put the booking under?");
            assertThat(requoted.text()).isEqualTo("For 3 adults, from December 10 to December 12, we have:\n"
                    + "• Family room: €260.00 in total\nWhich one would you like?");
            assertThat(confirm.text()).isEqualTo("Let me confirm: Family room, from December 10 to December 12 "
                    + "(2 nights), 3 adults. Total: €260.00. Shall I book it?");
            assertThat(booked.text()).contains("HR-2026-00077", "€260.00");
            pms.verify(1, postRequestedFor(urlPathEqualTo(bookings(hotel)))
                    .withRequestBody(matchingJsonPath("$.roomTypeId", equalTo("family")))
                    .withRequestBody(matchingJsonPath("$.adults", equalTo("3")))
                    .withRequestBody(matchingJsonPath("$[?(@.quotedTotal == 260)]")));
            FactCheck.assertRepliesOnlyUse(john, PmsStandIn.servedBodies(pms, hotel), List.of());
        }
    }

    @Test
    void answersAHotelQuestionMidBookingAndAsksThePendingQuestionAgain() {
        var hotel = "hotel-" + UUID.randomUUID();
        var staff = StaffTokens.token("ana@" + hotel, hotel, "staff");
        given().auth().oauth2(staff).contentType("application/json")
                .body(new KnowledgeResource.AnswerRequest("Sim, temos estacionamento por 18 € por dia."))
                .put("/api/hotels/{hotel}/knowledge/parking/pt", hotel).then().statusCode(200);
        pms.stubFor(post(availability(hotel)).willReturn(quote(hotel, "2026-12-03", "2026-12-05", 2, DOUBLE)));

        try (var maria = new GuestChat(bootstrapServers, hotel, "3519" + System.nanoTime() % 10_000_000, "Maria",
                "pt-PT")) {
            var askName = maria.says("pt", "Queria reservar um quarto duplo de 3 a 5 de dezembro para 2 adultos",
                    Intent.make_reservation, entity(room_type, "duplo", "double"),
                    entity(check_in, "de 3 a 5 de dezembro", "2026-12-03"),
                    entity(check_out, "de 3 a 5 de dezembro", "2026-12-05"), entity(adults, "2 adultos", "2"));
            var parking = maria.says("pt", "Têm estacionamento?", Intent.hotel_info);
            var confirm = maria.says("pt", "Maria Silva", Intent.provide_info,
                    entity(guest_name, "Maria Silva", "Maria Silva"));

            assertThat(askName.text()).isEqualTo("Ótima escolha! Em nome de quem faço a reserva?");
            assertThat(parking.text()).isEqualTo("Sim, temos estacionamento por 18 € por dia.\n\n"
                    + "Ótima escolha! Em nome de quem faço a reserva?");
            assertThat(confirm.text()).isEqualTo("Confirmo: Quarto duplo, de 3 de dezembro a 5 de dezembro "
                    + "(2 noites), 2 adultos. Total: 180,00 €. Faço a reserva?");
            given().auth().oauth2(staff).get("/api/conversations/{id}", maria.conversationId()).then()
                    .statusCode(200).body("task", is("make_reservation")).body("slots.room_type", is("double"))
                    .body("turns[1].intent", is("hotel_info"));
            FactCheck.assertRepliesOnlyUse(maria, PmsStandIn.servedBodies(pms, hotel),
                    List.of("Sim, temos estacionamento por 18 € por dia."));
        }
    }

    @Test
    void repliesInTheLanguageTheGuestWritesInAndSwitchesWithThem() {
        var hotel = "hotel-" + UUID.randomUUID();
        pms.stubFor(post(availability(hotel)).willReturn(quote(hotel, "2026-12-03", "2026-12-05", 2, DOUBLE, SUITE)));

        try (var sam = new GuestChat(bootstrapServers, hotel, "4420" + System.nanoTime() % 10_000_000, "Sam")) {
            var spanish = sam.says("es", "Hola, quiero reservar", Intent.make_reservation);
            var english = sam.says("en", "From Dec 3 to Dec 5, 2 adults", Intent.provide_info,
                    entity(check_in, "From Dec 3 to Dec 5", "2026-12-03"),
                    entity(check_out, "From Dec 3 to Dec 5", "2026-12-05"), entity(adults, "2 adults", "2"));
            var brazilian = sam.taps("pt-BR", "Quarto duplo", "room:double", Intent.provide_info);

            assertThat(spanish.language()).isEqualTo("es");
            assertThat(spanish.text()).startsWith("¡Claro! ¿Para qué fechas?");
            assertThat(english.language()).isEqualTo("en");
            assertThat(english.text()).startsWith("For 2 adults, from December 3 to December 5, we have:");
            assertThat(brazilian.language()).isEqualTo("pt-BR");
            assertThat(brazilian.text()).isEqualTo("Ótima escolha! Em nome de quem faço a reserva?");
            given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                    .get("/api/conversations/{id}", sam.conversationId()).then().statusCode(200)
                    .body("language", is("pt")).body("turns.language", contains("es", "en", "pt-BR"));
            FactCheck.assertRepliesOnlyUse(sam, PmsStandIn.servedBodies(pms, hotel), List.of());
        }
    }

    @Test
    void keepsTheConversationsLanguageForMessagesNlpIsNotSureOfUntilTheGuestClearlySwitches() {
        var hotel = "hotel-" + UUID.randomUUID();

        try (var leo = new GuestChat(bootstrapServers, hotel, "3465" + System.nanoTime() % 10_000_000, "Leo",
                "es-ES")) {
            // confidences as nlp gives them (its language shares are flat; < 12 letters is 0, assumed)
            var spanish = leo.says("es", 0.64, "Hola, quiero reservar una habitación", Intent.make_reservation);
            var ok = leo.says("en", 0.0, "ok", Intent.affirm);
            var two = leo.says("pt", 0.35, "somos 2 adultos", Intent.provide_info, entity(adults, "2 adultos", "2"));
            var english = leo.says("en", 0.53, "Can you answer in English please?", Intent.out_of_scope);

            var askDates = "¡Claro! ¿Para qué fechas? Dime el día de llegada y el de salida, o cuántas noches.";
            assertThat(List.of(spanish, ok, two)).extracting(ReplyComposed::language, ReplyComposed::text)
                    .containsOnly(tuple("es", askDates));
            assertThat(english.language()).isEqualTo("en");
            assertThat(english.text()).endsWith("Sure! What dates would you like? Tell me the arrival and departure, "
                    + "or how many nights.");
            given().auth().oauth2(StaffTokens.token("ana@" + hotel, hotel, "staff"))
                    .get("/api/conversations/{id}", leo.conversationId()).then().statusCode(200)
                    .body("language", is("en")).body("slots.adults", is("2"))
                    .body("turns.language", contains("es", "es", "es", "en"));
        }
    }

    @Test
    void answersPortugueseInTheWordingOfTheGuestsCountry() {
        var hotel = "hotel-" + UUID.randomUUID();
        var lisbon = "3519" + System.nanoTime() % 10_000_000;
        var request = "Olá, queria reservar um quarto";

        try (var portugal = new GuestChat(bootstrapServers, hotel, lisbon, "Rita", "pt-PT");
             var brazil = new GuestChat(bootstrapServers, hotel, "5521" + System.nanoTime() % 10_000_000, "Bia",
                     "pt-BR");
             var unknown = new GuestChat(bootstrapServers, hotel, "guest-" + UUID.randomUUID(), "Leo");
             var portugalWithoutLocale = new GuestChat(bootstrapServers, hotel, lisbon, "Rita")) {
            var european = portugal.says("pt", request, Intent.make_reservation);
            var brazilian = brazil.says("pt", request, Intent.make_reservation);
            var plain = unknown.says("pt", request, Intent.make_reservation);
            // the same conversation, on a message that came without a locale: the conversation kept it
            var again = portugalWithoutLocale.says("pt", 0.0, "sim", Intent.affirm);

            assertThat(european.language()).isEqualTo("pt-PT");
            assertThat(european.text()).isEqualTo("Claro! Para que datas? Diga-me o dia de chegada e o de saída, "
                    + "ou quantas noites.");
            assertThat(brazilian.language()).isEqualTo("pt-BR");
            assertThat(brazilian.text()).isEqualTo("Claro! Para quais datas? Me diga o dia de chegada e o de saída, "
                    + "ou quantas noites.");
            assertThat(plain.language()).isEqualTo("pt");
            assertThat(plain.text()).isEqualTo(brazilian.text());
            assertThat(again.language()).isEqualTo("pt-PT");
            assertThat(again.text()).isEqualTo(european.text());
        }
    }
}
