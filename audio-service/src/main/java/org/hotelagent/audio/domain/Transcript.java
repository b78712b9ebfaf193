package org.hotelagent.audio.domain;

import java.util.List;

/** What was said in one recording: the words with their timings, and how sure the recognizer is. */
public record Transcript(String text, double confidence, List<Word> words, String language, long durationMillis,
                         long processingMillis) {

    /** One recognized word, times in seconds from the start of the recording. */
    public record Word(String word, double start, double end, double confidence) {
    }

    /** Joins the recognizer's utterances; confidence is the mean word confidence, 0 for silence. */
    static Transcript of(List<Word> words, String language, long durationMillis, long processingMillis) {
        var text = String.join(" ", words.stream().map(Word::word).toList());
        var confidence = words.stream().mapToDouble(Word::confidence).average().orElse(0);
        return new Transcript(text, confidence, List.copyOf(words), language, durationMillis, processingMillis);
    }
}
