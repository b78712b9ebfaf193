package org.hotelagent.gateway.domain;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.persistence.ChannelMessageRepository;
import org.hotelagent.gateway.publisher.InboundMessagePublisher;

/** Publishes each inbound message once: redeliveries of a published message are dropped, failures are retried. */
@ApplicationScoped
public class InboundService {

    private static final String KIND = "wa:in";

    private final ChannelMessageRepository messages;
    private final InboundMessagePublisher publisher;
    private final GatewayConfig config;

    InboundService(ChannelMessageRepository messages, InboundMessagePublisher publisher, GatewayConfig config) {
        this.messages = messages;
        this.publisher = publisher;
        this.config = config;
    }

    /** Completes when every message is durably in Kafka (or was before); fails if any could not be published. */
    public Uni<Void> accept(List<WhatsAppNormalizer.Inbound> inbound) {
        if (inbound.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(inbound.stream().map(this::acceptOne).toList()).andCollectFailures().replaceWithVoid();
    }

    private Uni<Void> acceptOne(WhatsAppNormalizer.Inbound message) {
        var id = message.event().channelMessageId();
        return messages.claim(KIND, id).chain(claimed -> claimed ? publish(message) : Uni.createFrom().voidItem());
    }

    private Uni<Void> publish(WhatsAppNormalizer.Inbound message) {
        var event = message.event();
        return publisher.publish(event)
                .call(() -> messages.rememberNumber(event.conversationId(), message.phoneNumberId(),
                        config.dedupeWindow()))
                .call(() -> messages.markDone(KIND, event.channelMessageId(), config.dedupeWindow()))
                .onFailure().call(() -> messages.release(KIND, event.channelMessageId()));
    }
}
