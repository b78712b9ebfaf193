package org.hotelagent.audio.domain;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.hotelagent.audio.config.AudioConfig;

/**
 * The transcription bulkhead: at most {@code audio.stt.max-concurrent} decodes and recognizers at once, so a burst
 * of voice notes cannot exhaust memory or CPU; a request that finds no slot within the queue wait is refused.
 */
@ApplicationScoped
class TranscriptionSlots {

    private final Semaphore slots;
    private final Duration maxWait;
    private final MeterRegistry registry;

    TranscriptionSlots(AudioConfig config, MeterRegistry registry) {
        this.slots = new Semaphore(config.stt().maxConcurrent(), true);
        this.maxWait = config.stt().maxQueueWait();
        this.registry = registry;
    }

    /** Runs the work in a slot and times it; throws {@link AudioException.Reason#BUSY} when none frees in time. */
    <T> T run(String language, Supplier<T> work) {
        if (!acquire()) {
            registry.counter("hotel.audio.transcriptions.rejected", "reason", "busy").increment();
            throw new AudioException(AudioException.Reason.BUSY,
                    "All transcription slots are busy; retry in a few seconds");
        }
        try {
            return Timer.builder("hotel.audio.transcriptions.completed").tag("language", language)
                    .register(registry).record(work);
        } finally {
            slots.release();
        }
    }

    private boolean acquire() {
        try {
            return slots.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
