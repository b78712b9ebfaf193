package org.hotelagent.nlp.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.nlp.domain.InterpretationService;
import org.hotelagent.nlp.publisher.InterpretationPublisher;

/** Interprets every received guest message; the offset is committed after the interpretation is published. */
@ApplicationScoped
class InboundMessageConsumer {

    private final InterpretationService interpretations;
    private final InterpretationPublisher publisher;

    InboundMessageConsumer(InterpretationService interpretations, InterpretationPublisher publisher) {
        this.interpretations = interpretations;
        this.publisher = publisher;
    }

    @Incoming(Topics.MESSAGES_RECEIVED)
    Uni<Void> onMessageReceived(InboundMessageReceived message) {
        // Model inference is CPU work: keep it off the Kafka event loop.
        return Uni.createFrom().item(() -> interpretations.interpret(message))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(publisher::publish);
    }
}
