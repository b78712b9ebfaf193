package org.hotelagent.orchestrator.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.observability.LogContext;
import org.hotelagent.orchestrator.domain.DialogueService;

/** Feeds interpreted guest messages to the dialogue; the offset is committed once the reply is published. */
@ApplicationScoped
class InterpretedMessageConsumer {

    private final DialogueService dialogue;

    InterpretedMessageConsumer(DialogueService dialogue) {
        this.dialogue = dialogue;
    }

    @Incoming(Topics.MESSAGES_INTERPRETED)
    Uni<Void> onMessageInterpreted(MessageInterpreted message) {
        LogContext.put(message);
        return dialogue.advance(message);
    }
}
