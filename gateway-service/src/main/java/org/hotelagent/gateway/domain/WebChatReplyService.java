package org.hotelagent.gateway.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.WebChatReplyRepository;
import org.hotelagent.gateway.publisher.ReplySignalPublisher;

/**
 * Keeps each web-chat reply once (by its event id) for the guest's browser, and signals the gateway instances so the
 * one holding the guest's socket sends it right away. Replies older than the retention are deleted every hour.
 */
@ApplicationScoped
public class WebChatReplyService {

    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final WebChatReplyRepository replies;
    private final ReplySignalPublisher signals;
    private final GatewayConfig config;
    private final MeterRegistry metrics;

    WebChatReplyService(WebChatReplyRepository replies, ReplySignalPublisher signals, GatewayConfig config,
                        MeterRegistry metrics) {
        this.replies = replies;
        this.signals = signals;
        this.config = config;
        this.metrics = metrics;
    }

    void schedulePurge(@Observes StartupEvent started, Vertx vertx) {
        vertx.setPeriodic(PURGE_EVERY.toMillis(), PURGE_EVERY.toMillis(), timer -> purge().subscribe().with(
                deleted -> Log.debugf("Deleted %d web-chat replies past their retention", deleted),
                failure -> Log.warnf("Could not delete old web-chat replies: %s", failure.getMessage())));
    }

    /** Deletes the replies older than {@code gateway.webchat.reply-retention}; several instances may run it. */
    public Uni<Integer> purge() {
        return replies.deleteBefore(Instant.now().minus(config.webchat().replyRetention()));
    }

    /** Completes once the reply is stored (or was before); fails only when PostgreSQL does, so Kafka redelivers. */
    public Uni<Void> store(ReplyComposed reply) {
        var sessionId = reply.recipient() == null ? null : reply.recipient().key();
        if (sessionId == null || reply.hotelId() == null) {
            Log.warnf("Web-chat reply %s has no hotel or session; skipped", reply.eventId());
            counted("no-recipient", "none");
            return Uni.createFrom().voidItem();
        }
        return replies.store(sessionId, reply).chain(id -> {
            if (id.isEmpty()) {
                Log.debugf("Web-chat reply %s was stored before; skipped", reply.eventId());
                counted("duplicate", "none");
                return Uni.createFrom().voidItem();
            }
            counted("stored", formatOf(reply));
            return signals.publish(WebChatGuest.conversationId(reply.hotelId(), sessionId))
                    .onFailure().invoke(e -> Log.warnf("Reply %s stored but not signalled (%s); the guest gets it on "
                            + "the next signal or reconnect", reply.eventId(), e.getMessage()))
                    .onFailure().recoverWithNull();
        });
    }

    private static String formatOf(ReplyComposed reply) {
        if (reply.voice() != null && reply.voice().data() != null) {
            return "voice";
        }
        if (reply.buttons() != null && !reply.buttons().isEmpty()) {
            return "buttons";
        }
        return reply.list() != null ? "list" : "text";
    }

    private void counted(String outcome, String format) {
        metrics.counter("hotel.gateway.replies.sent", "channel", Channel.WEBCHAT.code(), "outcome", outcome,
                "format", format).increment();
    }
}
