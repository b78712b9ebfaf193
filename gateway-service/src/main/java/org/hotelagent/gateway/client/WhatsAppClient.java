package org.hotelagent.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;

import org.hotelagent.gateway.config.GatewayConfig;

/**
 * Sends messages through the Cloud API. Only answers Meta marks as temporary (throttling codes 130429, 131056, 4,
 * 80007, 131057; 1, 2, 131000, 131016; a 5xx without a code) are retried, with exponential backoff: a timeout may
 * mean the message went out, and a retry would show the guest the same reply twice. Refusals (131047, 190, other
 * codes) do not open the circuit breaker: they say nothing about Meta's health.
 */
@ApplicationScoped
public class WhatsAppClient {

    private final WhatsAppApi api;
    private final WhatsAppMediaApi media;
    private final GatewayConfig config;

    WhatsAppClient(@RestClient WhatsAppApi api, @RestClient WhatsAppMediaApi media, GatewayConfig config) {
        this.api = api;
        this.media = media;
        this.config = config;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 3, delay = 1000, jitter = 200, maxDuration = 30, durationUnit = ChronoUnit.SECONDS,
            retryOn = {GraphApiFailure.Throttled.class, GraphApiFailure.Transient.class})
    @ExponentialBackoff(factor = 2, maxDelay = 8000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000,
            skipOn = {GraphApiFailure.Refused.class, GraphApiFailure.WindowClosed.class})
    @CircuitBreakerName("whatsapp-send")
    public Uni<String> send(String phoneNumberId, OutboundMessage message) {
        return api.send(config.whatsapp().apiVersion(), phoneNumberId, bearer(), message).map(SendResponse::messageId);
    }

    /**
     * Uploads a voice note (Ogg/Opus, declared as {@code audio/ogg}: Meta refuses a part type that does not match the
     * file, 131053) and answers its media id. Retrying is safe: a second upload only makes an unused copy.
     */
    @Timeout(10_000)
    @Retry(maxRetries = 2, delay = 500, jitter = 200,
            retryOn = {GraphApiFailure.Throttled.class, GraphApiFailure.Transient.class})
    public Uni<String> uploadVoice(String phoneNumberId, byte[] ogg) {
        var form = ClientMultipartForm.create()
                .attribute("messaging_product", "whatsapp", null)
                .attribute("type", "audio/ogg", null)
                .binaryFileUpload("file", "reply.ogg", Buffer.buffer(ogg), "audio/ogg");
        return media.upload(config.whatsapp().apiVersion(), phoneNumberId, bearer(), form)
                .map(WhatsAppMediaApi.Uploaded::id);
    }

    /** Best effort and quick: the reply matters, the blue ticks do not. */
    @Timeout(2000)
    public Uni<Void> markReadAndTyping(String phoneNumberId, String guestMessageId) {
        return api.markRead(config.whatsapp().apiVersion(), phoneNumberId, bearer(),
                ReadReceipt.typing(guestMessageId)).replaceWithVoid();
    }

    private String bearer() {
        return "Bearer " + config.whatsapp().accessToken();
    }
}
