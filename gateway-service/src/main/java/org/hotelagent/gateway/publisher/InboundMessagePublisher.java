package org.hotelagent.gateway.publisher;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.InboundMessageReceived;

/** Publishes normalised guest messages, keyed by conversation so one guest's messages stay in order. */
@ApplicationScoped
public class InboundMessagePublisher {

    private final MutinyEmitter<InboundMessageReceived> emitter;

    InboundMessagePublisher(@Channel(Topics.MESSAGES_RECEIVED) MutinyEmitter<InboundMessageReceived> emitter) {
        this.emitter = emitter;
    }

    /** Completes once the broker has the record on all in-sync replicas (acks=all), fails otherwise. */
    public Uni<Void> publish(InboundMessageReceived event) {
        var headers = new RecordHeaders().add(Topics.CORRELATION_HEADER,
                event.correlationId().getBytes(StandardCharsets.UTF_8));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.conversationId()).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(event).addMetadata(metadata));
    }
}
