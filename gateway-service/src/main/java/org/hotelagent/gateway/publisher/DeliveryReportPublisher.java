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
import org.hotelagent.contracts.message.DeliveryReported;

/** Publishes delivery states of our replies, keyed by conversation like the messages they answer. */
@ApplicationScoped
public class DeliveryReportPublisher {

    private final MutinyEmitter<DeliveryReported> emitter;

    DeliveryReportPublisher(@Channel(Topics.DELIVERIES_REPORTED) MutinyEmitter<DeliveryReported> emitter) {
        this.emitter = emitter;
    }

    /** Completes once the broker has the record on all in-sync replicas (acks=all), fails otherwise. */
    public Uni<Void> publish(DeliveryReported event) {
        var headers = new RecordHeaders().add(Topics.CORRELATION_HEADER,
                event.correlationId().getBytes(StandardCharsets.UTF_8));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.conversationId()).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(event).addMetadata(metadata));
    }
}
