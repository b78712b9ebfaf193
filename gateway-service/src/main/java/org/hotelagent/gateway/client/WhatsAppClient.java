package org.hotelagent.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

import org.hotelagent.gateway.config.GatewayConfig;

/**
 * Sends messages through the Cloud API. Only answers Meta marks as transient (HTTP 5xx, 429) are retried: a timeout
 * may mean the message went out, and a retry would show the guest the same reply twice.
 */
@ApplicationScoped
public class WhatsAppClient {

    private final WhatsAppApi api;
    private final GatewayConfig config;

    WhatsAppClient(@RestClient WhatsAppApi api, GatewayConfig config) {
        this.api = api;
        this.config = config;
    }

    @Timeout(10_000)
    @Retry(maxRetries = 3, delay = 500, jitter = 250, retryOn = TransientSendFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    @CircuitBreakerName("whatsapp-send")
    public Uni<String> send(String phoneNumberId, OutboundMessage message) {
        return api.send(config.whatsapp().apiVersion(), phoneNumberId, "Bearer " + config.whatsapp().accessToken(),
                        message)
                .map(SendResponse::messageId)
                .onFailure(WebApplicationException.class).transform(WhatsAppClient::classify);
    }

    private static Throwable classify(Throwable failure) {
        var status = ((WebApplicationException) failure).getResponse().getStatus();
        return status >= 500 || status == 429 ? new TransientSendFailure(status, failure) : failure;
    }

    /** A send Meta may accept if tried again. */
    public static final class TransientSendFailure extends RuntimeException {
        TransientSendFailure(int status, Throwable cause) {
            super("WhatsApp send answered HTTP " + status, cause);
        }
    }
}
