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
import org.openqa.selenium.WebElement;

/** Guests on the hotel's web-chat page in a real browser, typing and speaking. */
@Tag("browser")
@ExtendWith(RunningSuite.class)
class WebChatIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Suite suite = RunningSuite.suite();

    @Test
    void aPortugueseGuestAsksAboutBreakfastAndParkingAndReadsTheHotelsAnswers() throws Exception {
        try (var browser = Browser.open(null)) {
            openChat(browser);
            browser.byTestId("message-input").sendKeys("Bom dia! O pequeno-almoço está incluído? E têm estacionamento?");
            browser.byTestId("send-button").click();

            var guest = browser.until(d -> lastMessage(browser, "guest"));
            browser.until(d -> "sent".equals(guest.getDomAttribute("data-status")));
            var reply = browser.until(d -> lastMessage(browser, "agent"));
            assertThat(reply.getText()).contains(answer("breakfast", "pt"), answer("parking", "pt"));
            browser.screenshot("webchat-pt-breakfast-parking");
        }
    }

    @Test
    void anEnglishGuestAsksByVoiceAndIsAnsweredFromWhatTheySaid() throws Exception {
        var microphone = spoken("Hello. Do you have parking at the hotel?");
        try (var browser = Browser.open(microphone)) {
            openChat(browser);
            browser.byTestId("mic-button").click();
            browser.until(d -> "true".equals(browser.byTestId("mic-button").getDomAttribute("data-recording")));
            // The fake microphone plays the file from its start; record it once through, with a margin.
            TimeUnit.MILLISECONDS.sleep(duration(microphone).toMillis() + 800);
            browser.byTestId("mic-button").click();

            var guest = browser.until(d -> lastMessage(browser, "guest"));
            assertThat(guest.findElements(By.cssSelector("[data-testid='voice-message']"))).hasSize(1);
            browser.until(d -> "sent".equals(guest.getDomAttribute("data-status")));
            var reply = browser.until(Duration.ofSeconds(60), d -> lastMessage(browser, "agent"));
            assertThat(reply.getText()).contains(answer("parking", "en"));
            browser.screenshot("webchat-en-voice-parking");
        }
    }

    private void openChat(Browser browser) {
        browser.get(suite.url("gateway-service") + "/chat/demo-hotel");
        assertThat(browser.byTestId("hotel-name").getText()).isEqualTo("Hotel Demo Mar");
        browser.until(d -> "open".equals(browser.byTestId("connection-status").getDomAttribute("data-state")));
    }

    private static WebElement lastMessage(Browser browser, String role) {
        List<WebElement> messages = browser.driver()
                .findElements(By.cssSelector("[data-testid='message'][data-role='" + role + "']"));
        return messages.isEmpty() ? null : messages.getLast();
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
