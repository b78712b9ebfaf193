package org.hotelagent.audio.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(AudioToolsHealthCheckTest.EnglishModelWithoutFfmpeg.class)
class AudioToolsHealthCheckTest {

    /**
     * The bundled English model, a Spanish one configured but absent, a Portuguese directory that is no Vosk model;
     * ffmpeg is missing.
     */
    public static class EnglishModelWithoutFfmpeg implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                var notAModel = Files.createTempDirectory("vosk-model-pt");
                notAModel.toFile().deleteOnExit();
                return Map.of("audio.stt.models.pt", notAModel.toString(),
                        "audio.stt.models.es", notAModel.resolveSibling(notAModel.getFileName() + "-es-absent")
                                .toString(),
                        "audio.ffmpeg-path", "/nonexistent/ffmpeg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void isNotReadyWithoutFfmpegAndReportsWhichLanguagesCanBeHeard() {
        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Audio tools' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Audio tools' }.data.speechToText", equalTo("en"));
    }

    @Test
    void marksSpeechToTextReadyForTheLanguageWhoseModelExists() {
        given().get("/api/languages")
                .then().statusCode(200)
                .body("find { it.language == 'en' }.speechToText", is(true))
                .body("find { it.language == 'es' }.speechToText", is(false))
                .body("find { it.language == 'pt' }.speechToText", is(false));
    }
}
