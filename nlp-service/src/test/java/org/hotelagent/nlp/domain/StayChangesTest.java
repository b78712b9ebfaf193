package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/** Changes of a booked stay: which dates and lengths are the booking's ({@code previous}) and which the new ones. */
class StayChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String OLD = StayDates.PREVIOUS;

    private final EntityExtractor extractor = new EntityExtractor();

    private List<Tuple> stay(String text, String language) {
        return extractor.extract(text, language, null, TODAY).stream()
                .filter(e -> e.type() == EntityType.check_in || e.type() == EntityType.check_out
                        || e.type() == EntityType.nights)
                .map(e -> tuple(e.type(), e.value(), e.role())).toList();
    }

    @Test
    void tellsTheBookedStayFromTheNewOneWhenBothAreRanges() {
        assertThat(stay("quiero cambiar la reserva: ya no es del 3 al 6 de marzo sino del 10 al 13 de marzo", "es"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-03-03", OLD),
                        tuple(EntityType.check_out, "2027-03-06", OLD), tuple(EntityType.check_in, "2027-03-10", null),
                        tuple(EntityType.check_out, "2027-03-13", null));
        // the booked one said last
        assertThat(stay("Quisiera cambiarla al 20-22 de enero, antes era del 14 al 16", "es"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-01-20", null),
                        tuple(EntityType.check_out, "2027-01-22", null), tuple(EntityType.check_in, "2027-01-14", OLD),
                        tuple(EntityType.check_out, "2027-01-16", OLD));
    }

    @Test
    void readsALaterDepartureAsTheNewEndOfARange() {
        assertThat(stay("tenemos del 4 al 7 de abril, ¿podríamos quedarnos hasta el 9?", "es"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-04-04", null),
                        tuple(EntityType.check_out, "2027-04-07", OLD),
                        tuple(EntityType.check_out, "2027-04-09", null));
        // no change in the message: the departure simply is the stay's end
        assertThat(stay("a double for the 12th and 13th of May, checking out on the 14th", "en"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-05-12", null),
                        tuple(EntityType.check_out, "2027-05-14", null));
    }

    @Test
    void keepsTheEndTheGuestSaysStaysAsItIs() {
        assertThat(stay("can I move my arrival from March 2 to March 3? Check-out is still March 6", "en"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-03-02", OLD),
                        tuple(EntityType.check_in, "2027-03-03", null),
                        tuple(EntityType.check_out, "2027-03-06", null));
    }

    @Test
    void marksTheLengthTheGuestChanges() {
        assertThat(stay("we booked 4 nights from 10 June, can you make that 5 nights?", "en"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-06-10", null),
                        tuple(EntityType.nights, "4", OLD), tuple(EntityType.check_out, "2027-06-14", OLD),
                        tuple(EntityType.nights, "5", null), tuple(EntityType.check_out, "2027-06-15", null));
        assertThat(stay("em vez de 4 noites ficamos só 2, entrada a 3 de julho", "pt"))
                .contains(tuple(EntityType.nights, "4", OLD), tuple(EntityType.nights, "2", null),
                        tuple(EntityType.check_out, "2027-07-05", null));
        // a length and a departure that disagree: the length was the booking's
        assertThat(stay("tengo 4 noches desde el 2 de febrero, ¿puedo quitar una noche y salir el 5?", "es"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-02-02", null),
                        tuple(EntityType.check_out, "2027-02-05", null), tuple(EntityType.nights, "4", OLD),
                        tuple(EntityType.check_out, "2027-02-06", OLD));
    }

    @Test
    void readsTheReplacedDayAfterAWeekdayAndTheFixedDate() {
        assertThat(stay("me voy el lunes 14 en lugar del domingo 13", "es")).containsExactlyInAnyOrder(
                tuple(EntityType.check_out, "2026-12-14", null), tuple(EntityType.check_out, "2026-12-13", OLD));
        assertThat(stay("reservei para 8 de maio mas era para 8 de junho", "pt")).containsExactlyInAnyOrder(
                tuple(EntityType.check_in, "2027-05-08", OLD), tuple(EntityType.check_in, "2027-06-08", null));
    }

    @Test
    void prefersTheDaysSaidToTheWeekendTheyFallOn() {
        assertThat(stay("hay lugar para el finde largo de diciembre? seríamos del 5 al 8", "es"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2026-12-05", null),
                        tuple(EntityType.check_out, "2026-12-08", null));
    }

    @Test
    void readsTheBookedDaySaidAsWhatItWasScheduledFor() {
        assertThat(stay("quiero extender mi estadía hasta el 2 de enero, originalmente salía el 30 de diciembre", "es"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_out, "2027-01-02", null),
                        tuple(EntityType.check_out, "2026-12-30", OLD));
        assertThat(stay("a minha saída estava marcada pra 30 de dezembro, quero estender até 2 de janeiro", "pt"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_out, "2026-12-30", OLD),
                        tuple(EntityType.check_out, "2027-01-02", null));
        assertThat(stay("eu tinha reserva pra chegar a vinte de dezembro mas agora só chego a vinte e dois de dezembro",
                "pt")).containsExactlyInAnyOrder(tuple(EntityType.check_in, "2026-12-20", OLD),
                tuple(EntityType.check_in, "2026-12-22", null));
    }

    @Test
    void leavesOutTheDayTheGuestBookedOn() {
        assertThat(stay("I booked on Monday but never got a confirmation email", "en")).isEmpty();
        assertThat(stay("fiz a reserva segunda e não recebi o email", "pt")).isEmpty();
        // booking for a day is the stay
        assertThat(stay("can I book on Monday for two nights?", "en")).contains(
                tuple(EntityType.check_in, "2026-11-30", null), tuple(EntityType.check_out, "2026-12-02", null));
    }

    @Test
    void readsWhichEndTheReplacedDayWas() {
        assertThat(stay("llego el 2 de agosto y en lugar de irme el 4 me quedo hasta el 6 de agosto", "es"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-08-02", null),
                        tuple(EntityType.check_out, "2027-08-04", OLD),
                        tuple(EntityType.check_out, "2027-08-06", null));
        assertThat(stay("checking out on the twenty second instead of the twenty first of february", "en"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_out, "2027-02-22", null),
                        tuple(EntityType.check_out, "2027-02-21", OLD));
        // a whole stay replaced after the new one has both its ends
        assertThat(stay("we'd now like to arrive on 14 September and depart on 17 September, rather than 12–15 "
                + "September as originally booked", "en")).containsExactlyInAnyOrder(
                tuple(EntityType.check_in, "2027-09-14", null), tuple(EntityType.check_out, "2027-09-17", null),
                tuple(EntityType.check_in, "2027-09-12", OLD), tuple(EntityType.check_out, "2027-09-15", OLD));
    }

    @Test
    void readsTheFirstOfTwoDeparturesInAChangeAsTheBookedOne() {
        assertThat(stay("O check-in seria em 27/12 e o check-out em 29/12, mas precisamos estender até 02/01", "pt"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_in, "2026-12-27", null),
                        tuple(EntityType.check_out, "2026-12-29", OLD),
                        tuple(EntityType.check_out, "2027-01-02", null));
        assertThat(stay("Original check-in was the 17th of December. Could we come on the 16th instead?", "en"))
                .contains(tuple(EntityType.check_in, "2026-12-17", OLD));
    }

    @Test
    void readsPortugueseNoBeforeADayAsOnTheNotAsACorrection() {
        assertThat(stay("é para a sexta e saímos no domingo", "pt")).containsExactlyInAnyOrder(
                tuple(EntityType.check_in, "2026-11-27", null), tuple(EntityType.check_out, "2026-11-29", null));
        // "e não mais" names the booked day after the new one
        assertThat(stay("Mudança na reserva: saída dia 20 de janeiro e não mais 18 de janeiro", "pt"))
                .containsExactlyInAnyOrder(tuple(EntityType.check_out, "2027-01-20", null),
                        tuple(EntityType.check_out, "2027-01-18", OLD));
        // the Spanish correction still is one
        assertThat(stay("del 10 al 12 de enero, no, del 11 al 13", "es")).contains(
                tuple(EntityType.check_in, "2027-01-10", OLD), tuple(EntityType.check_in, "2027-01-11", null));
    }

    @Test
    void readsALengthChangedInOneStepAndAnEndKeptSaidFirst() {
        assertThat(stay("quiero modificar mi reserva de 2 a 3 noches a partir del 8 de diciembre", "es"))
                .contains(tuple(EntityType.nights, "2", OLD), tuple(EntityType.nights, "3", null),
                        tuple(EntityType.check_out, "2026-12-11", null));
        assertThat(stay("a data de entrada passa de 12 de junho para 14 de junho, mantendo-se a data de saída a 17 "
                + "de junho", "pt")).containsExactlyInAnyOrder(tuple(EntityType.check_in, "2027-06-12", OLD),
                tuple(EntityType.check_in, "2027-06-14", null), tuple(EntityType.check_out, "2027-06-17", null));
    }
}
