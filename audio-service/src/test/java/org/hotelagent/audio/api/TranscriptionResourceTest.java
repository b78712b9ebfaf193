package org.hotelagent.audio.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.hotelagent.audio.TestAudio;
import org.hotelagent.audio.WordErrorRate;

@QuarkusTest
class TranscriptionResourceTest {

    private static final String PROBLEM = "urn:hotel-agent:problem:";

    @Test
    void transcribesRealEnglishSpeechWithinTenPercentWordErrorRate() {
        transcribe("audio/wav", TestAudio.jfkWav()).then().statusCode(200); // the next one reuses a recognizer

        var response = transcribe("audio/wav", TestAudio.jfkWav()).then().statusCode(200)
                .body("language", equalTo("en"))
                .body("durationMillis", equalTo(11_000))
                .body("words", hasSize(greaterThan(20)))
                .extract().jsonPath();

        assertThat(WordErrorRate.of(TestAudio.JFK_TEXT, response.getString("text"))).isLessThanOrEqualTo(0.10);
        assertThat(response.getDouble("confidence")).isBetween(0.5, 1.0);
        assertThat(response.getDouble("words[0].start")).isLessThan(response.getDouble("words[0].end"));
        var lastWord = response.getList("words", java.util.Map.class).getLast();
        assertThat(((Number) lastWord.get("end")).doubleValue()).isBetween(9.0, 11.0);
        assertThat(response.getLong("processingMillis")).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "audio/ogg; codecs=opus | -c:a libopus -b:a 24k -ar 48000 -f ogg",
            "audio/webm             | -c:a libopus -b:a 32k -f webm",
            "audio/mpeg             | -c:a libmp3lame -b:a 64k -f mp3",
            "audio/mp4              | -c:a aac -b:a 64k -f ipod",
            "audio/wav              | -ac 2 -ar 44100 -c:a pcm_s16le -f wav"})
    void transcribesEveryFormatGuestsSend(String contentType, String ffmpegOptions) {
        var recording = TestAudio.convert(TestAudio.jfkWav(), ffmpegOptions.split(" "));

        var text = transcribe(contentType, recording).then().statusCode(200).extract().jsonPath().getString("text");

        assertThat(WordErrorRate.of(TestAudio.JFK_TEXT, text)).as(text).isLessThanOrEqualTo(0.10);
    }

    @Test
    void transcribesAMultipartUpload() {
        var text = given().multiPart("file", "note.ogg", TestAudio.convert(TestAudio.jfkWav(), "-c:a", "libopus",
                        "-f", "ogg"), "audio/ogg")
                .post("/api/transcriptions?language=en")
                .then().statusCode(200).extract().jsonPath().getString("text");

        assertThat(WordErrorRate.of(TestAudio.JFK_TEXT, text)).isLessThanOrEqualTo(0.10);
    }

    @Test
    void answersSilenceWithEmptyText() {
        transcribe("audio/ogg", TestAudio.silence(3, "-c:a", "libopus", "-f", "ogg"))
                .then().statusCode(200)
                .body("text", equalTo(""))
                .body("words", hasSize(0))
                .body("durationMillis", equalTo(3000));
    }

    @Test
    void refusesALanguageWithoutAModel() {
        transcribe("audio/wav", TestAudio.jfkWav(), "es")
                .then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "language-unavailable"))
                .body("detail", containsString("ready: [en]"));
    }

    @Test
    void refusesAnEmptyBody() {
        transcribe("audio/ogg", new byte[0])
                .then().statusCode(400).body("type", equalTo(PROBLEM + "empty-audio"));
    }

    @Test
    void refusesAnEmptyMultipartFile() {
        given().multiPart("file", "note.ogg", new byte[0], "audio/ogg").post("/api/transcriptions")
                .then().statusCode(400).body("type", equalTo(PROBLEM + "empty-audio"));
    }

    @Test
    void refusesCorruptAudio() {
        var noise = new byte[20_000];
        new Random(42).nextBytes(noise);

        transcribe("audio/ogg", noise).then().statusCode(422).body("type", equalTo(PROBLEM + "unreadable-audio"));
    }

    @Test
    void refusesATruncatedRecordingMissingItsHeader() {
        var ogg = TestAudio.convert(TestAudio.jfkWav(), "-c:a", "libopus", "-f", "ogg");
        var withoutHeader = java.util.Arrays.copyOfRange(ogg, 4000, ogg.length);

        transcribe("audio/ogg", withoutHeader)
                .then().statusCode(422).body("type", equalTo(PROBLEM + "unreadable-audio"));
    }

    @Test
    void refusesAnUnsupportedContentType() {
        given().contentType("text/plain").body("hello").post("/api/transcriptions")
                .then().statusCode(415).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "unsupported-media-type"));
    }

    @Test
    void refusesRecordingsLongerThanFiveMinutes() {
        var tooLong = TestAudio.silence(301, "-c:a", "libopus", "-b:a", "8k", "-f", "ogg");

        transcribe("audio/ogg", tooLong).then().statusCode(422).body("type", equalTo(PROBLEM + "audio-too-long"));
    }

    @Test
    void refusesLongRecordingsWhoseContainerHidesTheDuration() {
        var streamed = TestAudio.silence(301, "-c:a", "libopus", "-b:a", "8k", "-f", "webm", "-live", "1");

        transcribe("audio/webm", streamed).then().statusCode(422)
                .body("type", equalTo(PROBLEM + "audio-too-long"));
    }

    @Test
    void refusesRecordingsLargerThanTenMebibytes() {
        transcribe("audio/wav", new byte[10 * 1024 * 1024 + 1])
                .then().statusCode(413).body("type", equalTo(PROBLEM + "audio-too-large"));
    }

    @Test
    void servesConcurrentRequestsOrTurnsThemAwayCleanly() throws Exception {
        var responses = transcribeAtOnce(8);

        assertThat(responses).extracting(Response::statusCode).containsOnly(200, 503).contains(200);
        assertThat(responses).filteredOn(r -> r.statusCode() == 503).allSatisfy(r -> {
            assertThat(r.jsonPath().getString("type")).isEqualTo(PROBLEM + "busy");
            assertThat(r.header("Retry-After")).isNotBlank();
        });
        assertThat(responses).filteredOn(r -> r.statusCode() == 200)
                .allSatisfy(r -> assertThat(WordErrorRate.of(TestAudio.JFK_TEXT, r.jsonPath().getString("text")))
                        .isLessThanOrEqualTo(0.10));
    }

    /** Sends the JFK sample {@code count} times in parallel, all released at once. */
    static List<Response> transcribeAtOnce(int count) throws Exception {
        var recording = TestAudio.jfkWav();
        var start = new CountDownLatch(1);
        var tasks = new ArrayList<Callable<Response>>();
        for (int i = 0; i < count; i++) {
            tasks.add(() -> {
                start.await();
                return transcribe("audio/wav", recording);
            });
        }

        try (var pool = Executors.newFixedThreadPool(count)) {
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            var responses = new ArrayList<Response>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        }
    }

    private static Response transcribe(String contentType, byte[] body) {
        return transcribe(contentType, body, "en");
    }

    private static Response transcribe(String contentType, byte[] body, String language) {
        return given().contentType(contentType).body(body).queryParam("language", language)
                .post("/api/transcriptions");
    }
}
