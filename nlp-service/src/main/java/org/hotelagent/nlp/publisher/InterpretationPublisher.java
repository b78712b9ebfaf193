package org.hotelagent.nlp.publisher;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.nlp.MessageInterpreted;

/** Publishes interpretations keyed by conversation, with the correlation id as a header. */
@ApplicationScoped
public class InterpretationPublisher {

    private final MutinyEmitter<MessageInterpreted> emitter;

    InterpretationPublisher(@Channel(Topics.MESSAGES_INTERPRETED) MutinyEmitter<MessageInterpreted> emitter) {
        this.emitter = emitter;
    }

    /** Completes on the broker's acknowledgement. */
    public Uni<Void> publish(MessageInterpreted event) {
        var headers = new RecordHeaders().add(Topics.CORRELATION_HEADER,
                event.correlationId().getBytes(StandardCharsets.UTF_8));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.conversationId()).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(event).addMetadata(metadata));
    }
}
