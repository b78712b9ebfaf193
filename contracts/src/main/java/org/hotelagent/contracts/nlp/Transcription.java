package org.hotelagent.contracts.nlp;

/** How a voice note was heard: confidence in [0, 1] and the audio duration. */
public record Transcription(double confidence, long durationMillis) {
}
