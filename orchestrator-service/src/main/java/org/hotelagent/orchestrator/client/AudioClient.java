package org.hotelagent.orchestrator.client;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * audio-service's text-to-speech with fault tolerance. A voice note is an extra, so a reply never waits for it
 * longer than 3 s, and there is no retry (a second try would only delay the text further). Refusals (4xx) are
 * answers, mapped to empty inside the breaker; timeouts, 5xx, connection errors and an open breaker fail the Uni.
 */
@ApplicationScoped
public class AudioClient {

    /** Ogg/Opus at 24 kbit/s (audio-service's voice-note format): the duration when the pages cannot tell it. */
    private static final long BYTES_PER_SECOND = 24_000 / 8;

    private final AudioApi api;

    AudioClient(@RestClient AudioApi api) {
        this.api = api;
    }

    /** {@code text} spoken as a voice note in {@code language} (es, en, pt), in the hotel's voice when it has one. */
    @Timeout(3_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @CircuitBreakerName("audio-speech")
    public Uni<Optional<Speech>> speak(String hotelId, String language, String text) {
        return api.speak(new AudioApi.SpeechRequest(text, language, hotelId, "ogg"))
                .map(AudioClient::speech)
                .onFailure(AudioApi.SpeechRefused.class).recoverWithItem(Optional.empty());
    }

    private static Optional<Speech> speech(RestResponse<byte[]> response) {
        var audio = response.getEntity();
        if (audio == null || audio.length == 0) {
            return Optional.empty();
        }
        var mimeType = response.getHeaderString("Content-Type");
        var duration = OggOpusDuration.of(audio).orElse(audio.length * 1_000L / BYTES_PER_SECOND);
        return Optional.of(new Speech(mimeType == null ? "audio/ogg; codecs=opus" : mimeType, audio, duration));
    }
}
