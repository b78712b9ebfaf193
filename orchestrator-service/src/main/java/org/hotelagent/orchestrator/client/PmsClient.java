package org.hotelagent.orchestrator.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.client.Pms.Booking;
import org.hotelagent.orchestrator.client.Pms.BookingRequest;
import org.hotelagent.orchestrator.client.Pms.Cancellation;
import org.hotelagent.orchestrator.client.Pms.Change;
import org.hotelagent.orchestrator.client.Pms.Quote;
import org.hotelagent.orchestrator.client.Pms.QuoteRequest;

/**
 * pms-adapter-service with fault tolerance. Every call is bounded so that a holding reply still reaches the guest
 * within 2 s: reads (quote, booking lookup) get 600 ms and one retry 50 ms later, writes 1.5 s and no retry here
 * (the dialogue retries them later, bookings with the same Idempotency-Key). Refusals (4xx) are data, mapped inside the breaker; timeouts,
 * 5xx, connection errors and an open breaker fail the Uni, and the caller keeps the action for later.
 */
@ApplicationScoped
public class PmsClient {

    private final PmsApi api;

    PmsClient(@RestClient PmsApi api) {
        this.api = api;
    }

    @Timeout(600)
    @Retry(maxRetries = 1, delay = 50, delayUnit = ChronoUnit.MILLIS, jitter = 0)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5_000)
    @CircuitBreakerName("pms-quote")
    public Uni<PmsResult<Quote>> quote(String hotelId, QuoteRequest request) {
        return answer(api.quote(hotelId, request));
    }

    @Timeout(600)
    @Retry(maxRetries = 1, delay = 50, delayUnit = ChronoUnit.MILLIS, jitter = 0)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5_000)
    @CircuitBreakerName("pms-booking")
    public Uni<PmsResult<Booking>> booking(String reference) {
        return answer(api.booking(reference));
    }

    /** Idempotent on {@code idempotencyKey}: the PMS answers a replay with the booking it made the first time. */
    @Timeout(1_500)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5_000)
    @CircuitBreakerName("pms-book")
    public Uni<PmsResult<Booking>> book(String hotelId, String idempotencyKey, Caller caller, BookingRequest request) {
        return answer(api.book(hotelId, idempotencyKey, caller.conversationId(), caller.correlationId(), request));
    }

    @Timeout(1_500)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5_000)
    @CircuitBreakerName("pms-change")
    public Uni<PmsResult<Booking>> change(String reference, Caller caller, Change change) {
        return answer(api.change(reference, caller.conversationId(), caller.correlationId(), change));
    }

    /** Cancelling twice answers the cancelled booking, so a later retry is safe. */
    @Timeout(1_500)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5_000)
    @CircuitBreakerName("pms-cancel")
    public Uni<PmsResult<Booking>> cancel(String reference, Caller caller) {
        return answer(api.cancel(reference, caller.conversationId(), caller.correlationId(),
                new Cancellation("guest asked on " + caller.channel())));
    }

    private static <T> Uni<PmsResult<T>> answer(Uni<T> call) {
        return call.<PmsResult<T>>map(PmsResult.Done::new)
                .onFailure(PmsRefusal.class).recoverWithItem(failure -> {
                    var refusal = (PmsRefusal) failure;
                    return new PmsResult.Refused<>(refusal.status(), refusal.kind());
                });
    }

    /** Who asks: sent as X-Conversation-Id and X-Correlation-Id, and named in the cancellation reason. */
    public record Caller(String conversationId, String correlationId, String channel) {
    }
}
