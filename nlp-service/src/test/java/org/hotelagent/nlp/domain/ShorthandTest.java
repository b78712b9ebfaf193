package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShorthandTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "where r u located | where are you located",
            "precio x 2 noches xfa | precio por 0 noches por favor",
            "qto fica o fds | quanto fica o fim de semana",
            "KIERO una hab | quiero una habitacion",
            "hablamos ya | hablamos ya"})
    void spellsOutChatShorthand(String text, String expected) {
        assertThat(String.join(" ", Shorthand.expand(TextNormalizer.tokens(text)))).isEqualTo(expected);
    }
}
