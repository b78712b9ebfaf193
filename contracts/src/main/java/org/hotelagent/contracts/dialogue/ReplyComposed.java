package org.hotelagent.contracts.dialogue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.HotelEvent;

/**
 * Emitted by orchestrator-service on {@code replies-composed}: one reply to send to a guest. The gateway sends each
 * {@code eventId} at most once.
 *
 * @param inReplyToEventId        the {@code MessageInterpreted} event this answers, null for staff-initiated replies
 * @param replyToChannelMessageId the guest message to quote or thread under (WhatsApp context, email In-Reply-To)
 * @param language                ISO 639-1 language of {@code text}, optionally with region (pt-BR)
 * @param buttons                 up to 3 quick replies; the channel shows them if it can, else as text
 * @param list                    a menu of options, for more than 3 choices
 * @param voice                   a spoken version of the reply, for guests who sent a voice note
 * @param subject                 the email subject, for email
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplyComposed(UUID eventId, Instant occurredAt, String conversationId, String hotelId,
                            String correlationId, UUID inReplyToEventId, Channel channel, GuestRef recipient,
                            String replyToChannelMessageId, String language, String text, List<ReplyButton> buttons,
                            ReplyList list, VoiceAttachment voice, String subject) implements HotelEvent {
}
