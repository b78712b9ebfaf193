package org.hotelagent.audio.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.audio.domain.Transcript;

/** What a guest said in a recording. */
@Schema(description = "Transcription of one recording")
public record TranscriptionResponse(
        @Schema(description = "Recognized text, lower case, no punctuation", example = "ask not what your country")
        String text,
        @Schema(description = "Mean word confidence, 0 to 1; 0 when nothing was said") double confidence,
        @Schema(description = "Recognized words with timings") List<WordResponse> words,
        @Schema(description = "ISO 639-1 language code of the model used", example = "en") String language,
        @Schema(description = "Length of the recording in milliseconds") long durationMillis,
        @Schema(description = "Decoding and recognition time in milliseconds") long processingMillis) {

    /** One recognized word. */
    @Schema(description = "A recognized word")
    public record WordResponse(@Schema(description = "The word") String word,
                               @Schema(description = "Start, seconds from the beginning") double start,
                               @Schema(description = "End, seconds from the beginning") double end,
                               @Schema(description = "Confidence, 0 to 1") double confidence) {
    }

    static TranscriptionResponse from(Transcript transcript) {
        return new TranscriptionResponse(transcript.text(), transcript.confidence(),
                transcript.words().stream().map(w -> new WordResponse(w.word(), w.start(), w.end(), w.confidence()))
                        .toList(),
                transcript.language(), transcript.durationMillis(), transcript.processingMillis());
    }
}
