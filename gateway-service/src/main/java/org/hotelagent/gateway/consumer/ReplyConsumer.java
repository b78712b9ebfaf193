package org.hotelagent.gateway.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.domain.ReplyService;
import org.hotelagent.gateway.domain.WebChatReplyService;

/**
 * Sends the replies the orchestrator composes (web-chat replies are stored for the guest's browser); the offset is
 * committed only after the send or the store.
 */
@ApplicationScoped
class ReplyConsumer {

    private final ReplyService replies;
    private final WebChatReplyService webChat;

    ReplyConsumer(ReplyService replies, WebChatReplyService webChat) {
        this.replies = replies;
        this.webChat = webChat;
    }

    @Incoming(Topics.REPLIES_COMPOSED)
    Uni<Void> onReplyComposed(ReplyComposed reply) {
        return reply.channel() == Channel.WEBCHAT ? webChat.store(reply) : replies.send(reply);
    }
}
