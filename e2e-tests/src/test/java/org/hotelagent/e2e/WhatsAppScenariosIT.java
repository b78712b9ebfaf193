package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser scenarios over the WhatsApp path: signed webhooks in, the Graph API stand-in out, every service real.
 */
@ExtendWith(RunningSuite.class)
class WhatsAppScenariosIT {

    private static final Pattern REFERENCE = Pattern.compile("HR-\\d{4}-\\d{5,}");

    private final Suite suite = RunningSuite.suite();
    private final Apis apis = new Apis(suite);

    @Test
    void aSpanishGuestBooksByTappingTheOfferedRoomAndTheConfirmation() throws Exception {
        var guest = new WhatsAppGuest(suite, RunningSuite.graphApi(), "34", "Carmen Ruiz");
        guest.says("Buenas! Quería reservar una habitación para 2 adultos");
        assertThat(guest.nextReply().text()).containsIgnoringCase("fechas");

        guest.says("del 14 al 16 de diciembre");
        var offers = guest.nextReply();
        assertThat(offers.type()).isEqualTo("interactive");
        assertThat(offers.text()).contains("14 de diciembre", "16 de diciembre", "€");
        assertThat(offers.choices()).isNotEmpty().allMatch(c -> c.kind().equals("list_reply"));
        var room = offers.choices().getFirst();
        guest.taps(room);
        assertThat(guest.nextReply().text()).containsIgnoringCase("nombre");

        guest.says("Carmen Ruiz Soto");
        var confirm = guest.nextReply();
        assertThat(confirm.text()).contains(room.title(), "14 de diciembre", "16 de diciembre", "2 noches", "€");
        guest.taps(confirm.choice("yes"));
        var booked = guest.nextReply().text();
        var reference = REFERENCE.matcher(booked);
        assertThat(reference.find()).as(booked).isTrue();

        var booking = apis.booking(reference.group());
        assertThat(MonthDay.from(LocalDate.parse(booking.path("checkIn").asText()))).isEqualTo(MonthDay.of(12, 14));
        assertThat(MonthDay.from(LocalDate.parse(booking.path("checkOut").asText()))).isEqualTo(MonthDay.of(12, 16));
        assertThat(booking.toString()).contains("Carmen Ruiz Soto", guest.phone);
        assertThat(apis.conversation(guest.conversationId()).path("slots").path("booking_reference").asText())
                .isEqualTo(reference.group());
    }

    @Test
    void aPortugueseGuestAsksAboutBreakfastAndParking() throws Exception {
        var guest = new WhatsAppGuest(suite, RunningSuite.graphApi(), "55", "Thiago Lima");
        guest.says("Oi! O café da manhã está incluído? E vocês têm estacionamento?");
        assertThat(guest.nextReply().text()).contains(apis.answer("breakfast", "pt"), apis.answer("parking", "pt"));
    }

    @Test
    void anEnglishVoiceNoteAskingForAvailabilityIsAnsweredWithThePmsPrices() throws Exception {
        var guest = new WhatsAppGuest(suite, RunningSuite.graphApi(), "44", "Oliver Brown");
        guest.speaks(Speech.oggOpus("Hello. Do you have rooms available for two people next weekend?"));
        // A guest who spoke hears the answer first (a voice note), then reads it with the room list.
        var spoken = guest.nextReply();
        assertThat(spoken.type()).isEqualTo("audio");
        var offers = guest.nextReply();
        assertThat(offers.type()).isEqualTo("interactive");

        var slots = apis.conversation(guest.conversationId()).path("slots");
        var totals = apis.quotedTotals(slots.path("check_in").asText(), slots.path("check_out").asText());
        assertThat(totals).isNotEmpty();
        assertThat(offers.text()).contains(totals);
    }

    @Test
    void aGuestAsksForAPersonAndStaffAnswerThroughTheStaffApi() throws Exception {
        var guest = new WhatsAppGuest(suite, RunningSuite.graphApi(), "34", "Jorge Martín");
        guest.says("Quiero hablar con una persona, por favor");
        assertThat(guest.nextReply().text()).contains("compañero");
        assertThat(apis.conversation(guest.conversationId()).path("handoff").asText()).isEqualTo("requested");

        apis.staffAction(guest.conversationId(), "claim", null);
        apis.staffAction(guest.conversationId(), "reply", "{\"text\":\"Hola Jorge, soy Marta de recepción.\"}");
        assertThat(guest.nextReply().text()).isEqualTo("Hola Jorge, soy Marta de recepción.");
        apis.staffAction(guest.conversationId(), "release", null);
        assertThat(apis.conversation(guest.conversationId()).path("handoff").asText()).isEqualTo("none");
    }
}
