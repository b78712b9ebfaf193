package org.hotelagent.audio.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class VoiceCatalogTest {

    private final VoiceCatalog catalog = new VoiceCatalog(Map.of(
            "default", Map.of("en", "freetts:kevin16", "pt", "espeak-ng:pt-br"),
            "lisbon", Map.of("pt", "espeak-ng:pt")));

    @Test
    void prefersTheHotelsOwnVoiceAndFallsBackToTheDefault() {
        assertThat(catalog.voice("lisbon", "pt")).isEqualTo(new Voice(TtsEngine.ESPEAK_NG, "pt"));
        assertThat(catalog.voice("lisbon", "en")).isEqualTo(new Voice(TtsEngine.FREETTS, "kevin16"));
        assertThat(catalog.voice(null, "pt")).isEqualTo(new Voice(TtsEngine.ESPEAK_NG, "pt-br"));
    }

    @Test
    void reportsALanguageWithoutAVoiceAsUnavailable() {
        assertThatThrownBy(() -> catalog.voice("lisbon", "es")).isInstanceOfSatisfying(AudioException.class,
                e -> assertThat(e.reason()).isEqualTo(AudioException.Reason.LANGUAGE_UNAVAILABLE));
    }

    @Test
    void refusesVoicesThatCannotSpeakTheirLanguageOrAreMalformed() {
        assertThatThrownBy(() -> new VoiceCatalog(Map.of("default", Map.of("es", "freetts:kevin16"))))
                .hasMessageContaining("cannot speak 'es'");
        assertThatThrownBy(() -> Voice.parse("kevin16")).hasMessageContaining("engine:voice");
        assertThatThrownBy(() -> Voice.parse("festival:kal")).hasMessageContaining("Unknown text-to-speech engine");
    }

    @Test
    void keysTheCacheOnEngineVoiceFormatAndText() {
        var kevin = new Voice(TtsEngine.FREETTS, "kevin16");
        var digest = SpeechService.digest(kevin, SpeechFormat.OGG, "Hello");

        assertThat(digest).hasSize(64).isEqualTo(SpeechService.digest(kevin, SpeechFormat.OGG, "Hello"));
        assertThat(digest).isNotEqualTo(SpeechService.digest(kevin, SpeechFormat.MP3, "Hello"))
                .isNotEqualTo(SpeechService.digest(new Voice(TtsEngine.ESPEAK_NG, "en"), SpeechFormat.OGG, "Hello"))
                .isNotEqualTo(SpeechService.digest(kevin, SpeechFormat.OGG, "Hello!"));
    }
}
