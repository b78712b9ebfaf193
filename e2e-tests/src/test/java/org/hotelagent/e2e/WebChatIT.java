package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** Guests on the hotel's web-chat page in a real browser, typing and speaking. */
@Tag("browser")
@ExtendWith(RunningSuite.class)
class WebChatIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Suite suite = RunningSuite.suite();

    @Test
    void aPortugueseGuestAsksAboutBreakfastAndParkingAndReadsTheHotelsAnswers() throws Exception {
        try (var browser = Browser.open(null)) {
            var chat = openChat(browser);
            var reply = chat.say("Bom dia! O pequeno-almoço está incluído? E têm estacionamento?");
            assertThat(chat.lastGuestMessage().getDomAttribute("data-status")).isEqualTo("sent");
            assertThat(reply.getText()).contains(answer("breakfast", "pt"), answer("parking", "pt"));
            browser.screenshot("webchat-pt-breakfast-parking");
        }
    }

    @Test
    void anEnglishGuestAsksForAvailabilityByVoiceAndIsOfferedTheRoomsThePmsQuotes() throws Exception {
        var microphone = spoken("Hello. Do you have rooms available for two people next weekend?");
        try (var browser = Browser.open(microphone)) {
            var chat = openChat(browser);
            browser.byTestId("mic-button").click();
            browser.until(d -> "true".equals(browser.byTestId("mic-button").getDomAttribute("data-recording")));
            // The fake microphone plays the file from its start; record it once through, with a margin.
            TimeUnit.MILLISECONDS.sleep(duration(microphone).toMillis() + 800);
            browser.byTestId("mic-button").click();

            var guest = browser.until(d -> chat.lastGuestMessage());
            assertThat(guest.findElements(By.cssSelector("[data-testid='voice-message']"))).hasSize(1);
            browser.until(d -> "sent".equals(guest.getDomAttribute("data-status")));
            var reply = browser.until(Duration.ofSeconds(60), d -> chat.agentMessages().isEmpty() ? null
                    : chat.agentMessages().getFirst());
            browser.screenshot("webchat-en-voice-availability");

            // The right answer: the dates the agent understood, and the PMS's own totals for them.
            var slots = staffApi("/api/conversations/webchat:demo-hotel:" + chat.session()).path("slots");
            assertThat(slots.path("adults").asText()).isEqualTo("2");
            var quote = quote(slots.path("check_in").asText(), slots.path("check_out").asText());
            assertThat(quote).isNotEmpty();
            for (var total : quote) {
                assertThat(reply.getText()).contains(total);
            }
        }
    }

    /** The totals the PMS quotes for two adults, formatted as the agent writes euros in English. */
    private List<String> quote(String checkIn, String checkOut) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(suite.url(
                        "pms-adapter-service") + "/api/hotels/demo-hotel/availability"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"checkIn\":\"%s\",\"checkOut\":\"%s\",\"rooms\":[{\"adults\":2,\"children\":0}]}"
                        .formatted(checkIn, checkOut))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var totals = new java.util.ArrayList<String>();
        for (JsonNode offer : JSON.readTree(response.body()).path("offers")) {
            if (offer.path("available").asInt() > 0) {
                totals.add(new java.math.BigDecimal(offer.path("total").asText()).setScale(2).toPlainString());
            }
        }
        return totals;
    }

    private JsonNode staffApi(String path) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        suite.url("orchestrator-service") + path))
                .header("Authorization", "Bearer " + suite.staffToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private ChatPage openChat(Browser browser) {
        var chat = ChatPage.open(browser, suite);
        assertThat(browser.byTestId("hotel-name").getText()).isEqualTo("Hotel Demo Mar");
        return chat;
    }

    /** The hotel's stored answer, read through the staff API, so the test follows edits of the seed. */
    private String answer(String topic, String language) throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(suite.url("orchestrator-service") + "/api/hotels/demo-hotel/knowledge"))
                .header("Authorization", "Bearer " + suite.staffToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode entry : JSON.readTree(response.body())) {
            if (entry.path("topic").asText().equals(topic) && entry.path("language").asText().equals(language)) {
                return entry.path("answer").asText();
            }
        }
        throw new AssertionError("no " + topic + "/" + language + " answer in " + response.body());
    }

    /** The sentence spoken by espeak-ng as 16 kHz mono WAV between half-seconds of silence, for the fake microphone. */
    private static Path spoken(String sentence) throws IOException, InterruptedException {
        var wav = Path.of(System.getProperty("hotel.repo", ".."), "e2e-tests/target/voice-" + sentence.hashCode() + ".wav");
        var speech = Files.createTempFile("speech", ".wav");
        run("espeak-ng", "-v", "en-us", "-s", "140", "-w", speech.toString(), sentence);
        run("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", speech.toString(), "-af",
                "adelay=500,apad=pad_dur=0.5", "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", wav.toString());
        return wav;
    }

    private static Duration duration(Path wav) throws IOException {
        var bytes = Files.size(wav) - 44;
        return Duration.ofMillis(bytes * 1000 / (16_000 * 2));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
