package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Pattern;


import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A Spanish guest books a room on the web chat: dates over two turns, a room chosen from the offers, an explicit
 * confirmation; the booking then exists in the PMS and the staff page shows it in the conversation's slots.
 */
@Tag("browser")
@ExtendWith(RunningSuite.class)
class WebChatBookingIT {

    private static final Pattern REFERENCE = Pattern.compile("HR-\\d{4}-\\d{5,}");

    private final Suite suite = RunningSuite.suite();

    @Test
    void aSpanishGuestBooksARoomByTextAndStaffSeeTheBooking() throws Exception {
        String reference;
        String session;
        try (var browser = Browser.open(null, "es-ES")) {
            var chat = ChatPage.open(browser, suite);

            var askDates = chat.say("Hola! Quiero reservar una habitación para 2 adultos");
            assertThat(askDates.getText()).containsIgnoringCase("fechas");

            var offers = chat.say("del 10 al 12 de diciembre");
            assertThat(offers.getText()).contains("10 de diciembre", "12 de diciembre", "€");
            var options = offers.findElements(By.cssSelector("[data-testid='list-option']"));
            assertThat(options).isNotEmpty();
            var room = options.getFirst().getText().lines().findFirst().orElseThrow();
            var askName = chat.tap(options.getFirst());
            assertThat(askName.getText()).containsIgnoringCase("nombre");

            var confirm = chat.say("A nombre de Lucía Fernández");
            assertThat(confirm.getText()).contains(room, "10 de diciembre", "12 de diciembre", "2 noches",
                    "2 adultos", "€");
            var yes = confirm.findElements(By.cssSelector("[data-testid='reply-button'][data-choice-id='yes']"));
            assertThat(yes).hasSize(1);
            var booked = chat.tap(yes.getFirst());
            var found = REFERENCE.matcher(booked.getText());
            assertThat(found.find()).as(booked.getText()).isTrue();
            reference = found.group();
            browser.screenshot("webchat-es-booking");
            session = chat.session();
        }

        var booking = new Apis(suite).booking(reference);
        assertThat(MonthDay.from(LocalDate.parse(booking.path("checkIn").asText()))).isEqualTo(MonthDay.of(12, 10));
        assertThat(MonthDay.from(LocalDate.parse(booking.path("checkOut").asText()))).isEqualTo(MonthDay.of(12, 12));
        assertThat(booking.path("status").asText()).isEqualTo("confirmed");
        assertThat(booking.toString()).contains("Lucía Fernández");

        try (var staff = Browser.open(null)) {
            StaffPageIT.signIn(staff, suite);
            var item = staff.until(d -> staff.allByTestId("conversation-item").stream()
                    .filter(e -> e.getText().contains(session)).findFirst().orElse(null));
            item.click();
            // The page refreshes the open conversation every few seconds, so every read waits out a re-render.
            staff.until(d -> staff.byTestId("slot-booking_reference").getText().contains(reference));
            staff.until(d -> staff.byTestId("slot-guest_name").getText().contains("Lucía Fernández"));
            staff.until(d -> staff.allByTestId("turn").size() >= 4);
            staff.screenshot("staff-page-es-booking");
        }
    }
}
