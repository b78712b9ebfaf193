package org.hotelagent.audio.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Idle Vosk recognizers per model, reused across requests. A recognizer serves one stream at a time; the
 * transcription bulkhead caps how many are in use, so each queue never grows beyond that bound.
 */
@ApplicationScoped
class RecognizerPool {

    static final float SAMPLE_RATE = 16_000f;

    private final Map<Model, Queue<Lease>> idle = new ConcurrentHashMap<>();

    /**
     * A pooled recognizer. Vosk keeps counting time across {@code reset()}, so word times of a reused recognizer
     * start where its previous stream ended; the lease remembers that offset and takes it off.
     */
    static final class Lease {
        private final Recognizer recognizer;
        private long samplesBefore;
        private long samplesNow;

        private Lease(Recognizer recognizer) {
            this.recognizer = recognizer;
        }

        /** Feeds s16le PCM; true when an utterance ended and {@link #result()} holds it. */
        boolean accept(byte[] pcm, int length) {
            samplesNow += length / 2;
            return recognizer.acceptWaveForm(pcm, length);
        }

        String result() {
            return recognizer.getResult();
        }

        String finalResult() {
            return recognizer.getFinalResult();
        }

        /** Seconds to subtract from Vosk's word times for this stream. */
        double offsetSeconds() {
            return samplesBefore / SAMPLE_RATE;
        }

        private void reset() {
            recognizer.reset();
            samplesBefore += samplesNow;
            samplesNow = 0;
        }
    }

    Lease borrow(Model model) {
        var lease = idle.computeIfAbsent(model, m -> new ConcurrentLinkedQueue<>()).poll();
        return lease != null ? lease : new Lease(create(model));
    }

    /** Returns a recognizer that finished its stream; reset so the next stream starts clean. */
    void release(Model model, Lease lease) {
        lease.reset();
        idle.get(model).offer(lease);
    }

    private static Recognizer create(Model model) {
        try {
            var recognizer = new Recognizer(model, SAMPLE_RATE);
            recognizer.setWords(true);
            return recognizer;
        } catch (IOException e) {
            throw new UncheckedIOException("Vosk could not create a recognizer", e);
        }
    }

    @PreDestroy
    void close() {
        idle.values().forEach(queue -> queue.forEach(lease -> lease.recognizer.close()));
    }
}
