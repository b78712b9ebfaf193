package org.hotelagent.nlp.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.hotelagent.contracts.nlp.Intent;

class IntentCorpusTest {

    @ParameterizedTest
    @ValueSource(strings = {"es", "en", "pt"})
    void teachesEveryIntentWithAtLeastFortyExamplesPerLanguage(String language) throws Exception {
        var examples = IntentCorpus.read(Path.of("src/main/corpus"));

        for (var intent : Intent.values()) {
            assertThat(examples.stream().filter(e -> e.language().equals(language) && e.intent() == intent))
                    .as("%s examples of %s", language, intent).hasSizeGreaterThanOrEqualTo(40);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "en", "pt"})
    void holdsNoUtteranceTwiceInALanguage(String language) throws Exception {
        var texts = IntentCorpus.read(Path.of("src/main/corpus")).stream()
                .filter(e -> e.language().equals(language)).map(IntentCorpus.Example::text).toList();

        assertThat(texts).doesNotHaveDuplicates();
    }
}
