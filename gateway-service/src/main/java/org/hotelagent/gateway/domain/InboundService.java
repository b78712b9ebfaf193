package org.hotelagent.gateway.domain;

import java.time.Instant;
import java.util.ArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.ChannelMessageRepository;
import org.hotelagent.gateway.persistence.ServiceWindowRepository;
import org.hotelagent.gateway.publisher.InboundMessagePublisher;
import org.hotelagent.observability.LogContext;

/**
 * Acts on a WhatsApp webhook: publishes each guest message once (redeliveries of a published message are dropped,
 * failures are retried by Meta), reports the statuses of our messages, and logs value-level errors.
 */
@ApplicationScoped
public class InboundService {

    private static final String KIND = "wa:in";

    private final ChannelMessageRepository messages;
    private final InboundMessagePublisher publisher;
    private final DeliveryService deliveries;
    private final MediaService media;
    private final ServiceWindowRepository windows;
    private final GatewayConfig config;
    private final MeterRegistry metrics;

    InboundService(ChannelMessageRepository messages, InboundMessagePublisher publisher, DeliveryService deliveries,
                   MediaService media, ServiceWindowRepository windows, GatewayConfig config,
                   MeterRegistry metrics) {
        this.messages = messages;
        this.publisher = publisher;
        this.deliveries = deliveries;
        this.media = media;
        this.windows = windows;
        this.config = config;
        this.metrics = metrics;
    }

    /** Completes when every message and status is durably in Kafka (or was before); fails if any could not be. */
    public Uni<Void> accept(WhatsAppNormalizer.Notification notification) {
        if (notification.messages().size() == 1) {
            // The webhook's request is one duplicated context: only a single-message webhook can name its guest.
            LogContext.put(notification.messages().getFirst().event());
        }
        notification.errors().forEach(this::record);
        var work = new ArrayList<Uni<Void>>();
        notification.messages().forEach(message -> work.add(acceptOne(message)));
        notification.statuses().forEach(status -> work.add(deliveries.report(status)));
        if (work.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(work).andCollectFailures().replaceWithVoid();
    }

    private void record(WhatsAppNormalizer.WebhookError error) {
        Log.errorf("WhatsApp reported error %s on number %s: %s (%s)", error.code(), error.phoneNumberId(),
                error.title(), error.details());
        metrics.counter("hotel.gateway.webhook.errors", "channel", "whatsapp", "code", error.code()).increment();
    }

    private Uni<Void> acceptOne(WhatsAppNormalizer.Inbound message) {
        var id = message.event().channelMessageId();
        return messages.claim(KIND, id).chain(claimed -> claimed ? publish(message) : Uni.createFrom().voidItem());
    }

    private Uni<Void> publish(WhatsAppNormalizer.Inbound message) {
        var id = message.event().channelMessageId();
        return media.inline(message)
                .call(publisher::publish)
                .call(event -> messages.rememberNumber(event.conversationId(), message.phoneNumberId(),
                        config.dedupeWindow()))
                .call(event -> touchWindow(message))
                .call(event -> messages.markDone(KIND, id, config.dedupeWindow()))
                .invoke(event -> metrics.counter("hotel.gateway.messages.received", "channel", "whatsapp",
                        "type", typeOf(event.body())).increment())
                .onFailure().call(() -> messages.release(KIND, id))
                .replaceWithVoid();
    }

    /** A guest message (re)opens the 24 h window for free-form replies from the number it reached. */
    private Uni<Void> touchWindow(WhatsAppNormalizer.Inbound message) {
        var event = message.event();
        var sentAt = event.sentAt() != null ? event.sentAt() : event.occurredAt();
        return windows.touch(message.phoneNumberId(), event.guest().key(), sentAt,
                config.whatsapp().serviceWindow(), Instant.now());
    }

    /** What a body is, as a metric tag from a small closed set (voice notes and media kinds told apart). */
    static String typeOf(MessageBody body) {
        return switch (body) {
            case MessageBody.Text ignored -> "text";
            case MessageBody.Audio audio -> audio.voice() ? "voice" : "audio";
            case MessageBody.Media m -> m.kind().name();
            case MessageBody.Location ignored -> "location";
            case MessageBody.Contacts ignored -> "contacts";
            case MessageBody.Choice ignored -> "choice";
            case MessageBody.Reaction ignored -> "reaction";
            case MessageBody.Order ignored -> "order";
            case MessageBody.SystemNotice ignored -> "system";
            case MessageBody.Unsupported ignored -> "unsupported";
        };
    }
}
