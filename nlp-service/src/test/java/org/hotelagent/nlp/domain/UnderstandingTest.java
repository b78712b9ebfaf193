package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.IntentScore;

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
        assertReadAs(text, language, intent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tengo la reserva HR-2026-00412 del 4 al 7 de diciembre, ¿podríamos pasarla del 11 al 14?|es"
                    + "|modify_reservation",
            "need to change res HR-2027-03388 from 10/22-10/24 to 10/29-10/31 thx|en|modify_reservation",
            // a correction in one breath, no change of a booking
            "del 10 al 12 de enero... no perdón, del 11 al 13|es|provide_info"})
    void readsAValueTheGuestReplacesAsAChangeOfTheBooking(String text, String language, Intent intent) {
        assertReadAs(text, language, intent);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "hey team, any family rooms going in two weeks? 4 nights|en|check_availability",
            "Hola buenas!! una doble para 2 adultos?|es|check_availability",
            // a day alone is no stay: still a goodbye
            "Listo, hasta mañana|es|goodbye",
            // data and a question: the question is what the guest wants
            "Llegamos el viernes sobre las 23h, la recepción está abierta toda la noche?|es|hotel_info"})
    void readsARequestBehindACourtesy(String text, String language, Intent intent) {
        assertReadAs(text, language, intent);
    }

    /** The intent the rules put first, with the confidences still summing to one. */
    private static void assertReadAs(String text, String language, Intent intent) {
        var interpretation = UNDERSTANDING.interpret(text, language, Locale.forLanguageTag(language),
                LocalDate.of(2026, 11, 26));

        assertThat(interpretation.intent().intent()).isEqualTo(intent);
        assertThat(interpretation.intents().stream().mapToDouble(IntentScore::confidence).sum())
                .isCloseTo(1.0, Offset.offset(1e-9));
    }

    @Test
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
