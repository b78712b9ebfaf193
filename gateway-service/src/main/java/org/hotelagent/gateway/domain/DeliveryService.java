package org.hotelagent.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.ConversationKeys;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.message.DeliveryError;
import org.hotelagent.contracts.message.DeliveryReported;
import org.hotelagent.contracts.message.DeliveryStatus;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.DeliveryStateRepository;
import org.hotelagent.gateway.persistence.DeliveryStateRepository.OutboundRef;
import org.hotelagent.gateway.persistence.ServiceWindowRepository;
import org.hotelagent.gateway.publisher.DeliveryReportPublisher;

/**
 * Reports how our replies fare on {@code deliveries-reported}: each status of a wamid at most once and only forward
 * (sent, delivered, read, played; failed is terminal), plus sends the Cloud API refused outright.
 */
@ApplicationScoped
public class DeliveryService {

    private final DeliveryStateRepository states;
    private final DeliveryReportPublisher publisher;
    private final ServiceWindowRepository windows;
    private final GatewayConfig config;
    private final MeterRegistry metrics;
    private final Clock clock = Clock.systemUTC();

    DeliveryService(DeliveryStateRepository states, DeliveryReportPublisher publisher, ServiceWindowRepository windows,
                    GatewayConfig config, MeterRegistry metrics) {
        this.windows = windows;
        this.states = states;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    /** Completes when the status is published, or was not progress; fails (and forgets it) if Kafka refused it. */
    public Uni<Void> report(WhatsAppNormalizer.StatusUpdate update) {
        return states.advance(update.wamid(), update.status(), config.dedupeWindow()).chain(advance -> {
            if (advance.isEmpty()) {
                Log.debugf("Status %s of %s is a repeat or a step back; not reported", update.status(), update.wamid());
                return Uni.createFrom().voidItem();
            }
            return reportOf(update).call(publisher::publish)
                    .invoke(event -> counted(event.status()))
                    .call(event -> closeWindowIfMetaSaysSo(update))
                    .onFailure().call(() -> states.rollBack(advance.get()))
                    .replaceWithVoid();
        });
    }

    /** A failed 131047 status means the guest's window is closed: the next reply goes out as a template. */
    private Uni<Void> closeWindowIfMetaSaysSo(WhatsAppNormalizer.StatusUpdate update) {
        if (update.error() == null || !"131047".equals(update.error().code())) {
            return Uni.createFrom().voidItem();
        }
        return windows.close(update.phoneNumberId(), update.recipient().key()).onFailure().recoverWithNull();
    }

    /** Reports a reply the channel refused when we sent it (the Cloud API, an SMTP server, our loop protection). */
    public Uni<Void> reportRefused(ReplyComposed reply, DeliveryError error) {
        var event = new DeliveryReported(nameId(reply.channel().code() + "-refused:" + reply.eventId()),
                clock.instant(), reply.conversationId(), reply.hotelId(), reply.correlationId(), reply.channel(), null,
                reply.eventId(), reply.recipient(), DeliveryStatus.FAILED, error);
        return publisher.publish(event).invoke(() -> counted(DeliveryStatus.FAILED));
    }

    private Uni<DeliveryReported> reportOf(WhatsAppNormalizer.StatusUpdate update) {
        return states.outboundOf(update.wamid()).map(known -> {
            var replyEventId = replyEventId(update.callbackData()).or(() -> known.map(OutboundRef::replyEventId));
            var eventId = nameId("whatsapp-status:" + update.wamid() + ":" + update.status());
            var conversationId = known.map(OutboundRef::conversationId)
                    .orElseGet(() -> ConversationKeys.of(Channel.WHATSAPP, update.hotelId(), update.recipient()));
            var correlationId = known.map(OutboundRef::correlationId)
                    .orElse(replyEventId.map(UUID::toString).orElse(eventId.toString()));
            return new DeliveryReported(eventId, update.timestamp() != null ? update.timestamp() : clock.instant(),
                    conversationId, update.hotelId(), correlationId, Channel.WHATSAPP, update.wamid(),
                    replyEventId.orElse(null), update.recipient(), update.status(), update.error());
        });
    }

    /** Our {@code biz_opaque_callback_data} is the reply's event id; anything else was not set by us. */
    private static Optional<UUID> replyEventId(String callbackData) {
        try {
            return callbackData == null ? Optional.empty() : Optional.of(UUID.fromString(callbackData));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }

    private void counted(DeliveryStatus status) {
        metrics.counter("hotel.gateway.deliveries.reported", "channel", "whatsapp",
                "status", status.name().toLowerCase()).increment();
    }

    private static UUID nameId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
