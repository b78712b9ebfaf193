package org.hotelagent.audio.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.hotelagent.audio.TestAudio;
import org.hotelagent.audio.WordErrorRate;

@QuarkusTest
class SpeechResourceTest {

    private static final String PROBLEM = "urn:hotel-agent:problem:";

    @Inject
    RedisDataSource redis;

    @AfterEach
    void deleteCachedSpeech() {
        var keys = redis.key().keys("audio:tts:*");
        if (!keys.isEmpty()) {
            redis.key().del(keys.toArray(String[]::new));
        }
    }

    @Test
    void speaksAWhatsAppVoiceNoteByDefault() {
        var response = speak(Map.of("text", "Your room is ready.", "language", "en"));

        response.then().statusCode(200).header("Content-Type", equalTo("audio/ogg; codecs=opus"));
        var audio = response.asByteArray();
        assertThat(new String(audio, 0, 4)).isEqualTo("OggS");
        assertThat(TestAudio.probe(audio)).isEqualTo("opus,48000,1");
        assertThat(audio.length).isBetween(1_000, 30_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mp3, audio/mpeg, 'mp3,22050,1'", "wav, audio/wav, 'pcm_s16le,16000,1'",
                "OGG, audio/ogg; codecs=opus, 'opus,48000,1'"})
    void speaksInTheRequestedFormat(String format, String mediaType, String streams) {
        var response = speak(Map.of("text", "Breakfast is served until ten.", "language", "en", "format", format));

        response.then().statusCode(200).header("Content-Type", equalTo(mediaType));
        assertThat(TestAudio.probe(response.asByteArray())).isEqualTo(streams);
    }

    /** Hotel replies; one sentence alone moves the error rate too much, so the bound holds over all of them. */
    private static final List<String> REPLIES = List.of("hello world this is a test of the speech pipeline",
            "your room is ready and breakfast is served until ten",
            "the spa opens at nine in the morning and closes at eight in the evening",
            "please leave your key at the front desk when you check out",
            "we have a double room available for two nights",
            "the swimming pool is on the second floor",
            "would you like me to book a table for dinner",
            "check in starts at three in the afternoon",
            "thank you for staying with us have a nice day",
            "the airport shuttle leaves every hour from the main entrance");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"freetts, ''", "espeak-ng, espeak-hotel"})
    void speaksEnglishVoiceNotesThatVoskUnderstands(String engine, String hotelId) {
        var errors = 0.0;
        var words = 0;
        for (var reply : REPLIES) {
            var body = new HashMap<String, String>(Map.of("text", reply, "language", "en"));
            if (!hotelId.isEmpty()) {
                body.put("hotelId", hotelId);
            }
            var voiceNote = speak(body).then().statusCode(200).extract().asByteArray();

            var heard = given().contentType("audio/ogg").body(voiceNote).post("/api/transcriptions?language=en")
                    .then().statusCode(200).extract().jsonPath().getString("text");

            var count = reply.split(" ").length;
            errors += WordErrorRate.of(reply, heard) * count;
            words += count;
        }
        assertThat(errors / words).as("word error rate of %s", engine).isLessThanOrEqualTo(0.20);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"es, '', 'La habitación está lista.'", "pt, '', 'O seu quarto está pronto.'",
                "pt, lisbon-hotel, 'O seu quarto está pronto.'"})
    void speaksSpanishAndPortugueseWithEspeak(String language, String hotelId, String text) {
        var body = new HashMap<String, String>(Map.of("text", text, "language", language));
        if (!hotelId.isEmpty()) {
            body.put("hotelId", hotelId);
        }

        var audio = speak(body).then().statusCode(200).extract().asByteArray();

        assertThat(TestAudio.probe(audio)).isEqualTo("opus,48000,1");
    }

    @Test
    void speaksPortugalAndBrazilDifferentlyPerHotel() {
        var text = "O pequeno-almoço é servido às oito.";

        var brazil = speak(Map.of("text", text, "language", "pt", "format", "wav")).asByteArray();
        var portugal = speak(Map.of("text", text, "language", "pt", "hotelId", "lisbon-hotel", "format", "wav"))
                .asByteArray();

        assertThat(portugal).isNotEqualTo(brazil);
    }

    @Test
    void servesIdenticalRequestsFromTheCache() {
        var text = "Your booking reference is " + UUID.randomUUID();
        var request = Map.of("text", text, "language", "en");

        var first = speak(request);
        first.then().statusCode(200).header(SpeechResource.CACHE_HEADER, "miss");
        var keys = redis.key().keys("audio:tts:*");
        assertThat(keys).hasSize(1);
        assertThat(redis.key().ttl(keys.getFirst())).isPositive();
        var seeded = "cached bytes".getBytes();
        redis.value(byte[].class).set(keys.getFirst(), seeded);

        var second = speak(request);

        second.then().statusCode(200).header(SpeechResource.CACHE_HEADER, "hit");
        assertThat(second.asByteArray()).isEqualTo(seeded);
        speak(Map.of("text", text, "language", "en", "format", "wav"))
                .then().header(SpeechResource.CACHE_HEADER, "miss");
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                "hotel_audio_speech_served_total{cache=\"hit\",engine=\"freetts\""));
    }

    @Test
    void refusesALanguageWithoutAVoice() {
        speak(Map.of("text", "Guten Tag", "language", "de"))
                .then().statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PROBLEM + "language-unavailable"));
    }

    @Test
    void refusesBlankOrOverlongTextAndUnknownFormats() {
        speak(Map.of("text", " ", "language", "en")).then().statusCode(400)
                .body("type", equalTo(PROBLEM + "invalid-request"));
        speak(Map.of("text", "a".repeat(1001), "language", "en")).then().statusCode(400);
        speak(Map.of("text", "Hello", "language", "en", "format", "flac")).then().statusCode(400)
                .body("detail", equalTo("Unknown format 'flac': use ogg, mp3 or wav"));
    }

    private static io.restassured.response.Response speak(Map<String, String> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/speech");
    }
}
