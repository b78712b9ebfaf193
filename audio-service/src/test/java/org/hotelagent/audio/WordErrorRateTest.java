package org.hotelagent.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WordErrorRateTest {

    @Test
    void isZeroForTheSameWordsWhateverCaseAndPunctuation() {
        assertThat(WordErrorRate.of("Ask not, what your country...", "ask not what your country")).isZero();
    }

    @Test
    void countsSubstitutionsDeletionsAndInsertionsOverReferenceWords() {
        var reference = "the room is ready now";

        assertThat(WordErrorRate.of(reference, "the broom is ready now")).isCloseTo(0.2, within(1e-9));
        assertThat(WordErrorRate.of(reference, "the room ready now")).isCloseTo(0.2, within(1e-9));
        assertThat(WordErrorRate.of(reference, "the room is really ready now")).isCloseTo(0.2, within(1e-9));
        assertThat(WordErrorRate.of(reference, "ready now the room is")).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void canExceedOneWhenTheHypothesisIsMostlyInsertions() {
        assertThat(WordErrorRate.of("yes", "no no no")).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void treatsEmptyTextsAsPerfectOrTotalMisses() {
        assertThat(WordErrorRate.of("", "")).isZero();
        assertThat(WordErrorRate.of("hello there", "")).isEqualTo(1.0);
        assertThat(WordErrorRate.of("", "hello")).isEqualTo(1.0);
    }
}
