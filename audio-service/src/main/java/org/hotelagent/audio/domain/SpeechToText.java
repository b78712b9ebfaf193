package org.hotelagent.audio.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.vosk.Model;

/** Transcribes a guest recording with the Vosk model of its language, streaming ffmpeg's PCM into a recognizer. */
@ApplicationScoped
public class SpeechToText {

    private static final int CHUNK_BYTES = 8192;

    private final SpeechModels models;
    private final RecognizerPool recognizers;
    private final AudioTranscoder transcoder;
    private final TranscriptionSlots slots;

    SpeechToText(SpeechModels models, RecognizerPool recognizers, AudioTranscoder transcoder,
                 TranscriptionSlots slots) {
        this.models = models;
        this.recognizers = recognizers;
        this.transcoder = transcoder;
        this.slots = slots;
    }

    /**
     * Blocks on ffmpeg and burns CPU in Vosk: call from a worker thread. Throws {@link AudioException} for a
     * language without a model, unreadable or too long audio, or when every slot is busy.
     */
    public Transcript transcribe(Path recording, String language) {
        var model = models.model(language).orElseThrow(() -> new AudioException(
                AudioException.Reason.LANGUAGE_UNAVAILABLE, "No speech-to-text model is installed for '"
                        + language + "'; ready: " + models.ready()));
        return slots.run(language, () -> recognize(model, recording, language));
    }

    private Transcript recognize(Model model, Path recording, String language) {
        var started = System.nanoTime();
        var recognizer = recognizers.borrow(model);
        try (var pcm = transcoder.decode(recording)) {
            var words = new ArrayList<Transcript.Word>();
            var buffer = new byte[CHUNK_BYTES];
            int n;
            while ((n = pcm.readNBytes(buffer, 0, buffer.length)) > 0) {
                if (recognizer.accept(buffer, n)) {
                    words.addAll(VoskResults.words(recognizer.result(), recognizer.offsetSeconds()));
                }
            }
            words.addAll(VoskResults.words(recognizer.finalResult(), recognizer.offsetSeconds()));
            pcm.finish();
            var durationMillis = pcm.bytesRead() * 1000 / AudioTranscoder.PCM_BYTES_PER_SECOND;
            return Transcript.of(words, language, durationMillis, (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading ffmpeg's output failed", e);
        } finally {
            recognizers.release(model, recognizer);
        }
    }
}
