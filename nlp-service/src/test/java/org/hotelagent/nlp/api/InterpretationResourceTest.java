package org.hotelagent.nlp.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InterpretationResourceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hola, quería saber si tienen habitación doble para el fin de semana | es",
            "hola tienen habitacion para el sabado con desayuno incluido | es",
            "Hi, do you have a double room available this weekend? | en",
            "Olá, vocês têm quarto duplo disponível para o fim de semana? | pt",
            "oi, tem quarto pra sabado? queria saber o preço da diária | pt"})
    void detectsTheLanguageOfGuestTexts(String text, String language) {
        given().contentType("application/json").body(Map.of("text", text))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("language", equalTo(language))
                .body("languageConfidence", greaterThan(0.5f));
    }

    @Test
    void keepsTheConversationLanguageForOneWordReplies() {
        given().contentType("application/json").body(Map.of("text", "bora", "language", "pt"))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("language", equalTo("pt"))
                .body("languageConfidence", equalTo(0.0f))
                .body("intent.name", equalTo("affirm"));
    }

    @Test
    void answersIntentAlternativesEntitiesAndSentiment() {
        var body = Map.of("text", "Hola, ¿tienen habitación doble del 3 al 5 de diciembre? Somos 2 adultos",
                "referenceDate", "2026-11-25");

        given().contentType("application/json").body(body)
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("intent.name", equalTo("check_availability"))
                .body("intent.confidence", greaterThan(0.5f))
                .body("alternatives", hasSize(2))
                .body("alternatives[0].confidence", lessThan(0.5f))
                .body("entities.find { it.type == 'check_in' }.value", equalTo("2026-12-03"))
                .body("entities.find { it.type == 'check_in' }.start", equalTo(35))
                .body("entities.find { it.type == 'check_out' }.value", equalTo("2026-12-05"))
                .body("entities.find { it.type == 'room_type' }.value", equalTo("double"))
                .body("entities.find { it.type == 'adults' }.value", equalTo("2"))
                .body("sentiment", equalTo("neutral"));
    }

    @Test
    void showsAmountsAsValueAndCurrency() {
        given().contentType("application/json").body(Map.of("text", "me habéis cobrado 200€ de más, es una vergüenza"))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("intent.name", equalTo("complaint"))
                .body("sentiment", equalTo("negative"))
                .body("entities.find { it.type == 'amount' }.value.amount", equalTo(200))
                .body("entities.find { it.type == 'amount' }.value.currency", equalTo("EUR"));
    }

    @Test
    void readsNumericDatesInTheGuestsLocaleOrder() {
        given().contentType("application/json")
                .body(Map.of("text", "any room on 03/04?", "locale", "en-US", "referenceDate", "2026-11-25"))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("entities.find { it.type == 'check_in' }.value", equalTo("2027-03-04"));
        given().contentType("application/json")
                .body(Map.of("text", "any room on 03/04?", "locale", "en-GB", "referenceDate", "2026-11-25"))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("entities.find { it.type == 'check_in' }.value", equalTo("2027-04-03"));
    }

    @Test
    void marksTheDateTheGuestReplacesAsPrevious() {
        given().contentType("application/json")
                .body(Map.of("text", "move it from Dec 10 to Dec 17", "referenceDate", "2026-11-25"))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("entities.find { it.role == 'previous' }.value", equalTo("2026-12-10"))
                .body("entities.findAll { it.type == 'check_in' }.value", hasItem("2026-12-17"));
    }

    @Test
    void callsOnlyEmojisOutOfScope() {
        given().contentType("application/json").body(Map.of("text", "😂🎉🎉"))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("intent.name", equalTo("out_of_scope"));
    }

    @Test
    void refusesAnEmptyTextAsAProblem() {
        given().contentType("application/json").body("{\"text\": \"  \"}")
                .post("/api/interpretations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hotel-agent:problem:text-missing"));
    }

    @Test
    void refusesATextLongerThanTenThousandCharacters() {
        given().contentType("application/json").body(Map.of("text", "a".repeat(100_000)))
                .post("/api/interpretations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:hotel-agent:problem:text-too-long"));
    }

    @Test
    void refusesAnInvalidReferenceDate() {
        given().contentType("application/json").body(Map.of("text", "hola", "referenceDate", "tomorrow"))
                .post("/api/interpretations")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void interpretsBinaryGarbageWithoutFailing() {
        given().contentType("application/json").body(Map.of("text", "\u0000\u0001\uFFFD\uD83D\uDE00 ÿþ %$#@ 0x7f"))
                .post("/api/interpretations")
                .then().statusCode(200);
    }
}
