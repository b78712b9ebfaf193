package org.hotelagent.gateway.consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.gateway.domain.ReplyService;
import org.hotelagent.gateway.domain.WebChatReplyService;
import org.hotelagent.gateway.domain.email.EmailReplyService;
import org.hotelagent.observability.LogContext;

/**
 * Sends the replies the orchestrator composes (web-chat replies are stored for the guest's browser, email replies go
 * out by SMTP); the offset is
 * committed only after the send or the store.
 */
@ApplicationScoped
class ReplyConsumer {

    private final ReplyService replies;
    private final WebChatReplyService webChat;
    private final EmailReplyService email;

    ReplyConsumer(ReplyService replies, WebChatReplyService webChat, EmailReplyService email) {
        this.replies = replies;
        this.webChat = webChat;
        this.email = email;
    }

    @Incoming(Topics.REPLIES_COMPOSED)
    Uni<Void> onReplyComposed(ReplyComposed reply) {
        LogContext.put(reply);
        return switch (reply.channel()) {
            case WEBCHAT -> webChat.store(reply);
            case EMAIL -> email.send(reply);
            case WHATSAPP -> replies.send(reply);
        };
    }
}
