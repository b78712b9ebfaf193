package org.hotelagent.audio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapabilitiesTest {

    @TempDir
    Path models;

    @Test
    void marksSpeechToTextReadyOnlyWhereAModelDirectoryExists() {
        var english = models.resolve("vosk-model-en");
        var portuguese = models.resolve("vosk-model-pt-missing");
        assertThat(english.toFile().mkdir()).isTrue();

        var capabilities = Capabilities.of(Map.of("en", english, "pt", portuguese), Files::isDirectory, Set.of());

        assertThat(capabilities.languages()).extracting(Capabilities.Language::code).containsExactly("es", "en", "pt");
        assertThat(capabilities.speechToTextReady()).containsExactly("en");
    }

    @Test
    void offersEspeakForEveryLanguageAndFreeTtsForEnglishOnly() {
        var capabilities = Capabilities.of(Map.of(), path -> true,
                Set.of(TtsEngine.FREETTS, TtsEngine.ESPEAK_NG));

        assertThat(capabilities.languages()).allSatisfy(language -> assertThat(language.speechToText()).isFalse());
        assertThat(capabilities.languages()).extracting(Capabilities.Language::textToSpeech).containsExactly(
                List.of(TtsEngine.ESPEAK_NG),
                List.of(TtsEngine.ESPEAK_NG, TtsEngine.FREETTS),
                List.of(TtsEngine.ESPEAK_NG));
    }

    @Test
    void offersNoVoiceWithoutAnEngine() {
        var capabilities = Capabilities.of(Map.of(), path -> true, Set.of());

        assertThat(capabilities.languages()).allSatisfy(language -> assertThat(language.textToSpeech()).isEmpty());
    }
}
