package org.hotelagent.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.IntentScore;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.contracts.nlp.Sentiment;
import org.hotelagent.orchestrator.client.Pms;

class SlotFillingTest {

    static final DialogueState.Quoted QUOTED = new DialogueState.Quoted(LocalDate.parse("2026-12-05"),
            LocalDate.parse("2026-12-07"), 2, "EUR", List.of());

    @Test
    void severalSlotsInOneMessageStartAnAvailabilityCheckAndSetTheNights() {
        var state = SlotFilling.read(DialogueState.EMPTY, message(Intent.provide_info, null,
                entity(EntityType.check_in, "2026-12-03"), entity(EntityType.check_out, "2026-12-05"),
                entity(EntityType.adults, "2")));

        assertThat(state.task()).isEqualTo("check_availability");
        assertThat(state.slots()).containsExactlyInAnyOrderEntriesOf(Map.of("check_in", "2026-12-03",
                "check_out", "2026-12-05", "nights", "2", "adults", "2"));
    }

    @Test
    void aLongBookingRequestReadAsProvideInfoWithARoomStartsABookingWhenNoTaskIsActive() {
        var state = SlotFilling.read(DialogueState.EMPTY, message(Intent.provide_info, null,
                entity(EntityType.room_type, "double"), entity(EntityType.check_in, "2026-12-03"),
                entity(EntityType.nights, "2"), entity(EntityType.adults, "2")));

        assertThat(state.task()).isEqualTo("make_reservation");
        assertThat(state.slots()).containsEntry("room_type", "double").containsEntry("check_out", "2026-12-05");
    }

    @Test
    void aPartyAsProvideInfoStartsAnAvailabilityCheckAndARoomABookingOnlyWithoutAnActiveTask() {
        var party = SlotFilling.read(DialogueState.EMPTY, message(Intent.provide_info, null,
                entity(EntityType.adults, "2")));
        var room = SlotFilling.read(DialogueState.EMPTY, message(Intent.provide_info, null,
                entity(EntityType.room_type, "suite")));
        var greeting = SlotFilling.read(DialogueState.EMPTY, message(Intent.greeting, null,
                entity(EntityType.adults, "2")));
        var during = SlotFilling.read(new DialogueState("reservation_status", Map.of(), null),
                message(Intent.provide_info, null, entity(EntityType.room_type, "suite")));

        assertThat(party.task()).isEqualTo("check_availability");
        assertThat(room.task()).isEqualTo("make_reservation");
        assertThat(greeting.task()).isNull();
        assertThat(during.task()).isEqualTo("reservation_status");
    }

    @Test
    void aCorrectedCheckInKeepsTheLengthOfStayIgnoresThePreviousValueAndDropsTheQuote() {
        var before = new DialogueState("make_reservation", Map.of("check_in", "2026-12-05", "check_out",
                "2026-12-07", "nights", "2", "adults", "2"), new DialogueState.Memory(
                Awaiting.BOOKING_CONFIRMATION, QUOTED, UUID.randomUUID(), null));

        var state = SlotFilling.read(before, message(Intent.deny, null, entity(EntityType.check_in, "2026-12-06"),
                new Entity(EntityType.check_in, 0, 4, "el 5", "2026-12-05", null, "previous")));

        assertThat(state.slots()).containsEntry("check_in", "2026-12-06").containsEntry("check_out", "2026-12-08")
                .containsEntry("nights", "2");
        assertThat(state.memory().quoted()).isNull();
        assertThat(state.memory().confirmation()).isNull();
    }

    @Test
    void nightsWithAKnownCheckInSetTheCheckOut() {
        var before = new DialogueState("make_reservation", Map.of("check_in", "2026-12-05"), null);

        var state = SlotFilling.read(before, message(Intent.provide_info, null, entity(EntityType.nights, "3")));

        assertThat(state.slots()).containsEntry("check_out", "2026-12-08");
    }

    @Test
    void choosingARoomAfterTheOffersTurnsAnAvailabilityCheckIntoABookingAndKeepsTheQuote() {
        var before = new DialogueState("check_availability", Map.of("check_in", "2026-12-05", "check_out",
                "2026-12-07", "nights", "2", "adults", "2"), new DialogueState.Memory(Awaiting.ROOM, QUOTED, null,
                null));

        var state = SlotFilling.read(before, message(Intent.provide_info,
                new MessageBody.Choice(MessageBody.ChoiceKind.list, "room:suite", "Suite", null)));

        assertThat(state.task()).isEqualTo("make_reservation");
        assertThat(state.slots()).containsEntry("room_type", "suite");
        assertThat(state.memory().quoted()).isEqualTo(QUOTED);
    }

    @Test
    void switchingToAnotherTaskForgetsTheStayButKeepsTheGuestsContact() {
        var before = new DialogueState("make_reservation", Map.of("check_in", "2026-12-05", "guest_name", "Ana",
                "email", "ana@example.com"), null);

        var state = SlotFilling.read(before, message(Intent.cancel_reservation, null,
                entity(EntityType.booking_reference, "HR-2026-00042")));

        assertThat(state.task()).isEqualTo("cancel_reservation");
        assertThat(state.slots()).containsExactlyInAnyOrderEntriesOf(Map.of("guest_name", "Ana",
                "email", "ana@example.com", "booking_reference", "HR-2026-00042"));
    }

    @Test
    void onlyTheGuestsOwnAddressProvesABookingIsTheirs() {
        var byChannel = booking(new Pms.Contact("Ana", null, null, "whatsapp:34600111222", "es"));
        var byPhone = booking(new Pms.Contact("Ana", null, "+34 600 111 222", null, "es"));
        var someoneElse = booking(new Pms.Contact("Bea", "ana@example.com", "+34600999888", null, "es"));
        var guest = message(Intent.cancel_reservation, null, entity(EntityType.email, "ana@example.com"));

        assertThat(ReservationFlow.ownedBy(byChannel, guest)).isTrue();
        assertThat(ReservationFlow.ownedBy(byPhone, guest)).isTrue();
        assertThat(ReservationFlow.ownedBy(someoneElse, guest)).isFalse();
    }

    private static Pms.Booking booking(Pms.Contact contact) {
        return new Pms.Booking("HR-2026-00042", "demo-hotel", "confirmed", "double", LocalDate.parse("2026-12-03"),
                LocalDate.parse("2026-12-05"), 2, 0, BigDecimal.TEN, "EUR", contact);
    }

    private static Entity entity(EntityType type, String value) {
        return new Entity(type, 0, value.length(), value, value, null, null);
    }

    @Test
    void aNameGivenAloneAnswersTheNameQuestionButNothingElse() {
        var asked = new DialogueState("make_reservation", Map.of("room_type", "double"), null).awaiting(Awaiting.NAME);
        var named = SlotFilling.read(asked, message(Intent.provide_info, "Carmen Ruiz Soto", null));
        var notAsked = SlotFilling.read(asked.awaiting(Awaiting.DATES), message(Intent.provide_info,
                "Carmen Ruiz Soto", null));

        assertThat(named.slots()).containsEntry("guest_name", "Carmen Ruiz Soto");
        assertThat(notAsked.slots()).doesNotContainKey("guest_name");
        assertThat(SlotFilling.isBareName("John O'Neill")).isTrue();
        assertThat(SlotFilling.isBareName("sí, vale")).isFalse();
        assertThat(SlotFilling.isBareName("Ok")).isFalse();
        assertThat(SlotFilling.isBareName("Room 12 please")).isFalse();
    }

    private static MessageInterpreted message(Intent intent, String text, MessageBody body, Entity... entities) {
        return new MessageInterpreted(UUID.randomUUID(), Instant.now(), "whatsapp:demo-hotel:34600111222",
                "demo-hotel", "c", UUID.randomUUID(), Channel.WHATSAPP, "wamid.1",
                new GuestRef("34600111222", null, "Ana"), text, null, "es", 0.9, new IntentScore(intent, 0.9),
                null, List.of(entities), Sentiment.NEUTRAL, body == null ? new MessageBody.Text(text, null) : body,
                "es-ES");
    }

    private static MessageInterpreted message(Intent intent, MessageBody body, Entity... entities) {
        return message(intent, "text", body, entities);
    }
}
