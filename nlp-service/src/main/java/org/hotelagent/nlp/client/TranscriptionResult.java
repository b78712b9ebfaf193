package org.hotelagent.nlp.client;

/** What audio-service made of a recording in one language. */
public sealed interface TranscriptionResult {

    /** The words heard, in {@code language} (ISO 639-1), with the recognizer's confidence in [0, 1]. */
    record Heard(String text, double confidence, String language, long durationMillis)
            implements TranscriptionResult {
    }

    /** No speech model for this language: another language may work. */
    record LanguageUnavailable(String language) implements TranscriptionResult {
    }

    /** Nothing to hope for from another language now: the recording was refused or audio-service is unavailable. */
    record Unheard(String reason) implements TranscriptionResult {
    }
}
