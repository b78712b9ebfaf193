package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;


import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Guests on the hotel's web-chat page in a real browser, typing and speaking. */
@Tag("browser")
@ExtendWith(RunningSuite.class)
class WebChatIT {

    private final Suite suite = RunningSuite.suite();
    private final Apis apis = new Apis(suite);

    @Test
    void aPortugueseGuestAsksAboutBreakfastAndParkingAndReadsTheHotelsAnswers() throws Exception {
        try (var browser = Browser.open(null)) {
            var chat = openChat(browser);
            var reply = chat.say("Bom dia! O pequeno-almoço está incluído? E têm estacionamento?");
            assertThat(chat.lastGuestMessage().getDomAttribute("data-status")).isEqualTo("sent");
            assertThat(reply.getText()).contains(apis.answer("breakfast", "pt"), apis.answer("parking", "pt"));
            browser.screenshot("webchat-pt-breakfast-parking");
        }
    }

    @Test
    void anEnglishGuestAsksForAvailabilityByVoiceAndIsOfferedTheRoomsThePmsQuotes() throws Exception {
        var microphone = Speech.wav("Hello. Do you have rooms available for two people next weekend?");
        try (var browser = Browser.open(microphone)) {
            var chat = openChat(browser);
            browser.byTestId("mic-button").click();
            browser.until(d -> "true".equals(browser.byTestId("mic-button").getDomAttribute("data-recording")));
            // The fake microphone plays the file from its start; record it once through, with a margin.
            TimeUnit.MILLISECONDS.sleep(Speech.duration(microphone).toMillis() + 800);
            browser.byTestId("mic-button").click();

            var guest = browser.until(d -> chat.lastGuestMessage());
            assertThat(guest.findElements(By.cssSelector("[data-testid='voice-message']"))).hasSize(1);
            browser.until(d -> "sent".equals(guest.getDomAttribute("data-status")));
            var reply = browser.until(Duration.ofSeconds(60), d -> chat.agentMessages().isEmpty() ? null
                    : chat.agentMessages().getFirst());
            assertThat(reply.findElements(By.cssSelector("[data-testid='voice-reply']"))).as("spoken answer")
                    .hasSize(1);
            browser.screenshot("webchat-en-voice-availability");

            // The right answer: the dates the agent understood, and the PMS's own totals for them.
            var slots = apis.conversation("webchat:demo-hotel:" + chat.session()).path("slots");
            assertThat(slots.path("adults").asText()).isEqualTo("2");
            var quote = apis.quotedTotals(slots.path("check_in").asText(), slots.path("check_out").asText());
            assertThat(quote).isNotEmpty();
            for (var total : quote) {
                assertThat(reply.getText()).contains(total);
            }
        }
    }

    private ChatPage openChat(Browser browser) {
        var chat = ChatPage.open(browser, suite);
        assertThat(browser.byTestId("hotel-name").getText()).isEqualTo("Hotel Demo Mar");
        return chat;
    }
}
