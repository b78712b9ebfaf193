package org.hotelagent.nlp.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.nlp.domain.InterpretationService;
import org.hotelagent.nlp.domain.TranscriptionService;
import org.hotelagent.nlp.publisher.InterpretationPublisher;
import org.hotelagent.observability.LogContext;

/**
 * Interprets every received guest message, a voice note through its transcript; the offset is committed after the
 * interpretation is published. Transcription is bounded and never fails, so a voice note never stalls the partition.
 */
@ApplicationScoped
class InboundMessageConsumer {

    private final TranscriptionService transcriptions;
    private final InterpretationService interpretations;
    private final InterpretationPublisher publisher;

    InboundMessageConsumer(TranscriptionService transcriptions, InterpretationService interpretations,
                           InterpretationPublisher publisher) {
        this.transcriptions = transcriptions;
        this.interpretations = interpretations;
        this.publisher = publisher;
    }

    @Incoming(Topics.MESSAGES_RECEIVED)
    Uni<Void> onMessageReceived(InboundMessageReceived message) {
        LogContext.put(message);
        return transcriptions.transcribe(message.body())
                // Model inference is CPU work: keep it off the Kafka and HTTP event loops.
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(transcript -> interpretations.interpret(message, transcript.orElse(null)))
                .chain(publisher::publish);
    }
}
