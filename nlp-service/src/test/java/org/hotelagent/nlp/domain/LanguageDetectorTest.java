package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.hotelagent.nlp.config.DefaultNlpConfig;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private static final LanguageDetector DETECTOR = new LanguageDetector(new DefaultNlpConfig(Optional.empty()));

    @Test
    void anAmbiguousMessageKeepsTheLanguageTheHintGives() {
        assertThat(DETECTOR.detect("somos 2 adultos", "es").code()).isEqualTo("es");
        assertThat(DETECTOR.detect("somos 2 adultos", "pt").code()).isEqualTo("pt");
    }

    @Test
    void aClearMessageOverridesTheHint() {
        var detected = DETECTOR.detect("Olá, vocês têm quartos disponíveis para o fim de semana?", "es");
        assertThat(detected.code()).isEqualTo("pt");
        assertThat(detected.confidence()).isGreaterThan(0.5);
        assertThat(DETECTOR.detect("Do you have any rooms available this weekend?", "pt").code()).isEqualTo("en");
    }

    @Test
    void aShortMessageTakesTheHintOrTheDefault() {
        assertThat(DETECTOR.detect("ok", "pt").code()).isEqualTo("pt");
        assertThat(DETECTOR.detect("ok", null).code()).isEqualTo("es");
    }

    @Test
    void aLongEmailKeepsTheLanguageOfItsMessageNotOfItsFooter() {
        // a long English disclaimer under a Portuguese message: the guest wrote Portuguese
        var email = "Prezados,\n\nGostaria de reservar um quarto duplo para duas pessoas entre 3 e 7 de março. "
                + "Chegaremos de carro e precisamos de estacionamento. ".repeat(20)
                + "\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. "
                .repeat(40);
        assertThat(email.length()).isGreaterThan(4_000);
        assertThat(DETECTOR.detect(email, "en").code()).isEqualTo("pt");
    }
}
