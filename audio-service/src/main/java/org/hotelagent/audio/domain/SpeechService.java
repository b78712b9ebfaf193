package org.hotelagent.audio.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.hotelagent.audio.persistence.SpeechCacheRepository;

/** Speaks a reply with the hotel's voice, serving identical requests from the Redis cache. */
@ApplicationScoped
public class SpeechService {

    private final VoiceCatalog voices;
    private final TextToSpeech tts;
    private final SpeechCacheRepository cache;
    private final MeterRegistry registry;

    SpeechService(VoiceCatalog voices, TextToSpeech tts, SpeechCacheRepository cache, MeterRegistry registry) {
        this.voices = voices;
        this.tts = tts;
        this.cache = cache;
        this.registry = registry;
    }

    /** Synthesis runs on a worker thread; cache I/O stays on the event loop. */
    public Uni<Speech> speak(String hotelId, String language, String text, SpeechFormat format) {
        var voice = voices.voice(hotelId, language);
        var digest = digest(voice, format, text);
        return cache.find(digest)
                .onItem().ifNotNull().transform(audio -> served(new Speech(audio, format, voice, true)))
                .onItem().ifNull().switchTo(() -> synthesize(voice, text, format)
                        .call(speech -> cache.store(digest, speech.audio()))
                        .map(this::served));
    }

    private Uni<Speech> synthesize(Voice voice, String text, SpeechFormat format) {
        return Uni.createFrom().item(() -> new Speech(tts.synthesize(voice, text, format), format, voice, false))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Speech served(Speech speech) {
        registry.counter("hotel.audio.speech.served", "cache", speech.cached() ? "hit" : "miss",
                "engine", speech.voice().engine().id()).increment();
        return speech;
    }

    /** SHA-256 of engine, voice, format and text: identical requests share one entry whatever the hotel. */
    static String digest(Voice voice, SpeechFormat format, String text) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            var material = String.join("\u0000", voice.engine().id(), voice.name(), format.name(), text);
            return HexFormat.of().formatHex(sha.digest(material.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
