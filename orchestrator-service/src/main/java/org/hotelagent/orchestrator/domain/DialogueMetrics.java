package org.hotelagent.orchestrator.domain;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.client.Pms;
import org.hotelagent.orchestrator.client.PmsResult;

/**
 * The business dashboard's counters and the per-turn timer. Every tag comes from a small closed set (channel,
 * language es/en/pt, reply kind, handoff reason, booking change, voice outcome): never a guest, hotel or booking id.
 */
@Startup
@ApplicationScoped
public class DialogueMetrics {

    private static final String STARTED = "hotel.orchestrator.conversations.started";
    private static final String REPLIES = "hotel.orchestrator.replies.composed";
    private static final String HANDOFFS = "hotel.orchestrator.handoffs.requested";
    private static final String BOOKINGS = "hotel.orchestrator.bookings.changed";
    private static final String VOICE = "hotel.orchestrator.voice.synthesized";
    private static final String QUOTES = "hotel.orchestrator.quotes.offered";

    private final MeterRegistry registry;

    DialogueMetrics(MeterRegistry registry) {
        this.registry = registry;
        registerAtZero();
    }

    /** Every counter of the closed tag sets exists from the start, so dashboards and rate() see 0, not no data. */
    private void registerAtZero() {
        for (var channel : Channel.values()) {
            for (var language : List.of("es", "en", "pt")) {
                registry.counter(STARTED, "channel", channel.code(), "language", language);
            }
        }
        List.of("answered", "holding", "handoff", "follow-up", "staff").forEach(kind -> registry.counter(REPLIES,
                "kind", kind));
        List.of("request", "complaint", "misunderstanding", "urgent").forEach(reason -> registry.counter(HANDOFFS,
                "reason", reason));
        List.of("created", "modified", "cancelled").forEach(change -> registry.counter(BOOKINGS, "change", change));
        List.of("attached", "refused", "timed-out", "breaker-open", "failed").forEach(outcome -> registry.counter(
                VOICE, "outcome", outcome));
        registry.counter(QUOTES);
    }

    /** A guest's first message opened a conversation. */
    void conversationStarted(MessageInterpreted message) {
        registry.counter(STARTED, "channel", message.channel().code(),
                "language", Wording.languageOf(message.language())).increment();
    }

    /** A reply was composed: answered, holding, handoff, follow-up (after a PMS outage) or staff. */
    void replied(String kind) {
        registry.counter(REPLIES, "kind", kind).increment();
    }

    /** The conversation passed to staff: request, complaint, misunderstanding or urgent (out of hours). */
    void handedOver(String reason) {
        registry.counter(HANDOFFS, "reason", reason).increment();
    }

    /** A voice-reply attempt: attached, refused, timed-out, breaker-open or failed. */
    void voice(String outcome) {
        registry.counter(VOICE, "outcome", outcome).increment();
    }

    /** Counts what the PMS did for the agent: rooms quoted to the guest, bookings created, modified, cancelled. */
    void pmsAnswered(PmsAction action, PmsResult<?> result) {
        if (!(result instanceof PmsResult.Done<?>(var value))) {
            return;
        }
        switch (action) {
            case PmsAction.Quote ignored when value instanceof Pms.Quote quote
                    && quote.offers().stream().anyMatch(offer -> offer.available() > 0) ->
                    registry.counter(QUOTES).increment();
            case PmsAction.Book ignored -> bookingChanged("created");
            case PmsAction.Change ignored -> bookingChanged("modified");
            case PmsAction.Cancel ignored -> bookingChanged("cancelled");
            default -> {
            }
        }
    }

    /** Times one guest turn, from taking the message to the broker's acknowledgement of the reply. */
    <T> Uni<T> timed(MessageInterpreted message, Supplier<Uni<T>> turn) {
        var timer = Timer.builder("hotel.orchestrator.turns.processed")
                .description("Time from an interpreted guest message to its reply published")
                .tag("channel", message.channel().code()).publishPercentileHistogram().register(registry);
        return Uni.createFrom().deferred(() -> {
            var sample = Timer.start(registry);
            return turn.get().onTermination().invoke(() -> sample.stop(timer));
        });
    }

    private void bookingChanged(String change) {
        registry.counter(BOOKINGS, "change", change).increment();
    }
}
