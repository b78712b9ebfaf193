package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds the pipeline to what it reached on the development set (src/test/resources/eval/dev.jsonl, never trained on),
 * so a corpus or rule change that makes understanding worse fails the build.
 */
class DevSetEvaluationTest {

    private static List<Evaluation.Outcome> outcomes;

    @BeforeAll
    static void evaluate() throws Exception {
        outcomes = Evaluation.run(Path.of("src/test/resources/eval/dev.jsonl"));
        System.out.println(EvaluationReport.render(outcomes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en", "pt"})
    void classifiesAtLeastNinetyFivePercentOfIntentsInEachLanguage(String language) {
        assertThat(outcomes.stream().filter(o -> o.language().equals(language))).hasSizeGreaterThanOrEqualTo(100);
        assertThat(Evaluation.accuracy(outcomes, language)).isGreaterThanOrEqualTo(0.95);
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en", "pt"})
    void findsAtLeastNinetyFivePercentOfEntityValuesInEachLanguage(String language) {
        assertThat(Evaluation.entityValueRecall(outcomes, language, null)).isGreaterThanOrEqualTo(0.95);
    }
}
