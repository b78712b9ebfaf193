package org.hotelagent.nlp.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.quarkus.logging.Log;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/**
 * Transcribes voice notes through audio-service. Never fails: refusals (4xx) are data mapped inside the breaker, and
 * timeouts, 5xx (503 busy included), connection errors and an open breaker fall back to {@code Unheard}. No retry:
 * the guest's message holds its Kafka partition while we wait, and a guest can always type.
 */
@ApplicationScoped
public class AudioClient {

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final AudioApi api;

    AudioClient(@RestClient AudioApi api) {
        this.api = api;
    }

    @Timeout(20_000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30_000)
    @CircuitBreakerName("audio-transcriptions")
    @Fallback(fallbackMethod = "unavailable")
    public Uni<TranscriptionResult> transcribe(String language, String mimeType, byte[] audio) {
        return api.transcribe(language, mimeType == null ? DEFAULT_CONTENT_TYPE : mimeType, audio)
                .<TranscriptionResult>map(transcript -> new TranscriptionResult.Heard(transcript.text(),
                        transcript.confidence(), transcript.language() == null ? language : transcript.language(),
                        transcript.durationMillis()))
                .onFailure(AudioRefusal.class).recoverWithItem(failure -> refused(language, (AudioRefusal) failure));
    }

    Uni<TranscriptionResult> unavailable(String language, String mimeType, byte[] audio, Throwable failure) {
        Log.warnf("audio-service could not transcribe a voice note (%s): %s", language, failure.toString());
        return Uni.createFrom().item(new TranscriptionResult.Unheard("audio-service unavailable"));
    }

    private static TranscriptionResult refused(String language, AudioRefusal refusal) {
        if (refusal.languageUnavailable()) {
            return new TranscriptionResult.LanguageUnavailable(language);
        }
        Log.infof("audio-service refused a voice note (%s): %s", language, refusal.getMessage());
        return new TranscriptionResult.Unheard(refusal.getMessage());
    }
}
