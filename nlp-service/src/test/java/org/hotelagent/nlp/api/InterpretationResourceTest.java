package org.hotelagent.nlp.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
        given().contentType("application/json").body(new InterpretationResource.InterpretationRequest(text, null))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("language", equalTo(language))
                .body("languageConfidence", greaterThan(0.5f));
    }

    @Test
    void keepsTheConversationLanguageForOneWordReplies() {
        given().contentType("application/json").body(new InterpretationResource.InterpretationRequest("ok", "pt"))
                .post("/api/interpretations")
                .then().statusCode(200)
                .body("language", equalTo("pt"))
                .body("languageConfidence", equalTo(0.0f));
    }

    @Test
    void refusesAnEmptyText() {
        given().contentType("application/json").body("{\"text\": \"  \"}")
                .post("/api/interpretations")
                .then().statusCode(400);
    }
}
