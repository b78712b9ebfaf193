package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The browser scenarios over e-mail: guests write to the hotel's address on GreenMail, the gateway polls the INBOX
 * over IMAP and answers over SMTP, threaded under the guest's mail; every service real.
 */
@ExtendWith(RunningSuite.class)
class EmailScenariosIT {

    private static final Pattern REFERENCE = Pattern.compile("HR-\\d{4}-\\d{5,}");
    /** An offer line of the Spanish reply: "• Habitación doble: 240,00 € en total". */
    private static final Pattern OFFER = Pattern.compile("(?m)^• ([^:]+): .*€");

    private final Suite suite = RunningSuite.suite();
    private final Apis apis = new Apis(suite);

    @Test
    void aSpanishGuestBooksByEmailAnsweringEachMailInItsThread() throws Exception {
        var guest = new EmailGuest(RunningSuite.mailbox(), "Carmen Ruiz", "es");
        var first = guest.writes("Reserva en diciembre", "Buenas! Quería reservar una habitación para 2 adultos");
        var askDates = guest.nextReply();
        assertThat(askDates.text()).containsIgnoringCase("fechas");
        assertThat(askDates.fromAddress()).isEqualTo(HotelMailbox.HOTEL);
        assertThat(askDates.subject()).isEqualTo("Re: Reserva en diciembre");
        assertThat(askDates.inReplyTo()).isEqualTo(first);
        assertThat(askDates.references()).containsExactly(first);

        var dates = guest.replies("del 18 al 20 de diciembre");
        var offers = guest.nextReply();
        assertThat(offers.text()).contains("18 de diciembre", "20 de diciembre", "€");
        assertThat(offers.inReplyTo()).isEqualTo(dates);
        assertThat(offers.references()).containsSubsequence(first, askDates.messageId(), dates);
        var room = OFFER.matcher(offers.text());
        assertThat(room.find()).as(offers.text()).isTrue();
        guest.replies("La " + room.group(1).toLowerCase(Locale.ROOT) + ", por favor.");
        assertThat(guest.nextReply().text()).containsIgnoringCase("nombre");

        guest.replies("Carmen Ruiz Soto");
        var confirm = guest.nextReply();
        assertThat(confirm.text()).contains(room.group(1), "18 de diciembre", "20 de diciembre", "2 noches", "€");
        guest.replies("Sí, perfecto");
        var booked = guest.nextReply();
        var reference = REFERENCE.matcher(booked.text());
        assertThat(reference.find()).as(booked.text()).isTrue();
        assertThat(booked.subject()).isEqualTo("Re: Reserva en diciembre");

        var booking = apis.booking(reference.group());
        assertThat(MonthDay.from(LocalDate.parse(booking.path("checkIn").asText()))).isEqualTo(MonthDay.of(12, 18));
        assertThat(MonthDay.from(LocalDate.parse(booking.path("checkOut").asText()))).isEqualTo(MonthDay.of(12, 20));
        assertThat(booking.toString()).contains("Carmen Ruiz Soto", guest.address);
        var conversation = apis.conversation(guest.conversationId());
        assertThat(conversation.path("channel").asText()).isEqualTo("email");
        assertThat(conversation.path("slots").path("booking_reference").asText()).isEqualTo(reference.group());
        assertThat(conversation.path("slots").path("guest_name").asText()).isEqualTo("Carmen Ruiz Soto");
        // The quoted history under each answer never reached the agent: each turn is what the guest wrote anew.
        assertThat(conversation.path("turns").findValuesAsText("guestText"))
                .contains("del 18 al 20 de diciembre", "Carmen Ruiz Soto", "Sí, perfecto")
                .noneMatch(text -> text.contains("> "));
    }

    @Test
    void aPortugueseGuestAsksAboutBreakfastAndParking() throws Exception {
        var guest = new EmailGuest(RunningSuite.mailbox(), "Thiago Lima", "pt");
        guest.writes("Dúvidas", "Olá! O café da manhã está incluído? E vocês têm estacionamento?");
        var answer = guest.nextReply();
        assertThat(answer.text()).contains(apis.answer("breakfast", "pt"), apis.answer("parking", "pt"));
        assertThat(answer.subject()).isEqualTo("Re: Dúvidas");
    }

    @Test
    void aGuestAsksForAPersonAndTheStaffReplyArrivesByEmail() throws Exception {
        var guest = new EmailGuest(RunningSuite.mailbox(), "Jorge Martín", "es");
        guest.writes("Consulta", "Quiero hablar con una persona, por favor");
        assertThat(guest.nextReply().text()).contains("compañero");
        assertThat(apis.conversation(guest.conversationId()).path("handoff").asText()).isEqualTo("requested");

        apis.staffAction(guest.conversationId(), "claim", null);
        apis.staffAction(guest.conversationId(), "reply", "{\"text\":\"Hola Jorge, soy Marta de recepción.\"}");
        var fromStaff = guest.nextReply();
        assertThat(fromStaff.text().strip()).isEqualTo("Hola Jorge, soy Marta de recepción.");
        assertThat(fromStaff.fromAddress()).isEqualTo(HotelMailbox.HOTEL);
        apis.staffAction(guest.conversationId(), "release", null);
        assertThat(apis.conversation(guest.conversationId()).path("handoff").asText()).isEqualTo("none");
    }
}
