package org.hotelagent.orchestrator.publisher;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;

/** Publishes composed replies keyed by conversation, with the correlation id as a header. */
@ApplicationScoped
public class ReplyPublisher {

    private final MutinyEmitter<ReplyComposed> emitter;

    ReplyPublisher(@Channel(Topics.REPLIES_COMPOSED) MutinyEmitter<ReplyComposed> emitter) {
        this.emitter = emitter;
    }

    /** Completes on the broker's acknowledgement. */
    public Uni<Void> publish(ReplyComposed event) {
        var headers = new RecordHeaders().add(Topics.CORRELATION_HEADER,
                event.correlationId().getBytes(StandardCharsets.UTF_8));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.conversationId()).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(event).addMetadata(metadata));
    }
}
