package org.hotelagent.audio.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LanguageResourceTest {

    @Test
    void reportsEveryGuestLanguageWithEspeakVoices() {
        given().get("/api/languages")
                .then().statusCode(200)
                .body("language", contains("es", "en", "pt"))
                .body("textToSpeech", everyItem(hasItem("espeak-ng")));
    }

    @Test
    void offersEnglishSpeechToTextFromTheBundledModelAndFreeTts() {
        given().get("/api/languages")
                .then().statusCode(200)
                .body("find { it.language == 'en' }.speechToText", is(true))
                .body("find { it.language == 'en' }.textToSpeech", contains("espeak-ng", "freetts"));
    }

    @Test
    void offersNoSpeechToTextWhereNoModelIsConfigured() {
        given().get("/api/languages")
                .then().statusCode(200)
                .body("find { it.language == 'es' }.speechToText", is(false))
                .body("find { it.language == 'pt' }.speechToText", is(false));
    }
}
