package org.hotelagent.gateway.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.domain.ReplyService;

/** Sends the replies the orchestrator composes; the offset is committed only after the send. */
@ApplicationScoped
class ReplyConsumer {

    private final ReplyService replies;

    ReplyConsumer(ReplyService replies) {
        this.replies = replies;
    }

    @Incoming(Topics.REPLIES_COMPOSED)
    Uni<Void> onReplyComposed(ReplyComposed reply) {
        return replies.send(reply);
    }
}
