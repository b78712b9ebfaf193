package org.hotelagent.audio.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.audio.domain.Capabilities;
import org.hotelagent.audio.domain.TtsEngine;

/** What the agent can do with one guest language's audio on this host. */
@Schema(description = "Audio capabilities of one language")
public record LanguageResponse(
        @Schema(description = "ISO 639-1 language code", example = "es") String language,
        @Schema(description = "True when a speech-to-text model for it is installed") boolean speechToText,
        @Schema(description = "Text-to-speech engines that can speak it here", example = "[\"espeak-ng\"]")
        List<String> textToSpeech) {

    static LanguageResponse from(Capabilities.Language language) {
        return new LanguageResponse(language.code(), language.speechToText(),
                language.textToSpeech().stream().map(TtsEngine::id).toList());
    }
}
