package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.hotelagent.contracts.nlp.Intent;

class UnderstandingTest {

    private static final Understanding UNDERSTANDING = Evaluation.understanding();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TRHWQZBNM|en|provide_info",
            "march 10 to 12|en|provide_info",
            "under the name Carmen Vidal|en|provide_info",
            "ana.ruiz@gmail.com|es|provide_info",
            "march 10 to 12?|en|check_availability",
            "cancela la HR-2026-00123|es|cancel_reservation"})
    void readsAMessageOfNothingButDataAsProvidedInformation(String text, String language, Intent intent) {
        var interpretation = UNDERSTANDING.interpret(text, language, Locale.forLanguageTag(language),
                LocalDate.of(2026, 11, 26));

        assertThat(interpretation.intent().intent()).isEqualTo(intent);
        assertThat(interpretation.intents().stream().mapToDouble(org.hotelagent.contracts.nlp.IntentScore::confidence).sum()).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @org.junit.jupiter.api.Test
    void findsNoStayDatesInAMessageAboutSomethingElse() {
        var weather = UNDERSTANDING.interpret("what's the weather like in Lisbon tomorrow?", "en", Locale.UK,
                LocalDate.of(2026, 11, 26));
        var booking = UNDERSTANDING.interpret("a double for tomorrow please", "en", Locale.UK,
                LocalDate.of(2026, 11, 26));

        assertThat(weather.intent().intent()).isEqualTo(Intent.out_of_scope);
        assertThat(weather.entities()).isEmpty();
        assertThat(booking.entities()).extracting(e -> e.type().name()).contains("check_in");
    }
}
