package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.IntentScore;

class IntentClassifierTest {

    private static final IntentClassifier CLASSIFIER = new IntentClassifier();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HABITACION PARA EL SABADO??? | check_availability",
            "kiero reservar la dobel pls | make_reservation",
            "quero cancelar minha reserva pfv | cancel_reservation",
            "siiii | affirm",
            "dale | affirm",
            "nope | deny",
            "muchisimas graciaaas 🙏 | thanks",
            "👍 | affirm",
            "o chuveiro nao funciona e ninguem resolve | complaint"})
    void survivesWhatsAppSpelling(String text, Intent expected) {
        assertThat(CLASSIFIER.classify(text).getFirst().intent()).isEqualTo(expected);
    }

    @Test
    void givesAProbabilityDistributionOverAllIntents() {
        var scores = CLASSIFIER.classify("do you have a room this weekend?");

        assertThat(scores).hasSize(Intent.values().length);
        assertThat(scores.stream().mapToDouble(IntentScore::confidence).sum()).isCloseTo(1.0, within(1e-6));
        assertThat(scores.get(0).confidence()).isGreaterThan(scores.get(1).confidence());
    }

    @Test
    void isUnsureAboutGibberish() {
        var top = CLASSIFIER.classify("zxqv wplk trrmn").getFirst();

        assertThat(top.intent() == Intent.out_of_scope || top.confidence() < 0.5).isTrue();
    }

    @Test
    void callsEmojisWithoutAConventionalMeaningOutOfScope() {
        assertThat(CLASSIFIER.classify("🎉🎉🤔").getFirst().intent()).isEqualTo(Intent.out_of_scope);
    }

    @Test
    void isMoreConfidentOnClearTextsThanOnAmbiguousOnes() {
        var clear = CLASSIFIER.classify("quiero cancelar mi reserva").getFirst().confidence();
        var vague = CLASSIFIER.classify("y eso").getFirst().confidence();

        assertThat(clear).isGreaterThan(vague);
    }
}
