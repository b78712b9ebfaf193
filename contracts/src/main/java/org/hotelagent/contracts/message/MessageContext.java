package org.hotelagent.contracts.message;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a message sits in the conversation.
 *
 * @param replyToMessageId channel id of the message the guest replied to (WhatsApp context.id, email In-Reply-To)
 * @param referral         click-to-chat ad data as the channel sent it, flattened to strings
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageContext(String replyToMessageId, Boolean forwarded, Boolean frequentlyForwarded,
                             Map<String, String> referral) {
}
