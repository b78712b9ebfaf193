package org.hotelagent.contracts.message;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.HotelEvent;

/**
 * Emitted by gateway-service on {@code messages-received} once a guest message from any channel is verified,
 * deduplicated and normalised.
 *
 * @param channelMessageId the channel's own id (WhatsApp wamid, email Message-ID, web-chat message id)
 * @param sentAt           when the guest sent it, as the channel says; {@code occurredAt} is when we accepted it
 * @param context          reply, forward and referral information, null when there is none
 * @param locale           BCP 47 locale of the guest when the channel tells it (WhatsApp: from the phone's country
 *                         code, e.g. en-US, es-MX, pt-BR); it decides the order of numeric dates
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InboundMessageReceived(UUID eventId, Instant occurredAt, String conversationId, String hotelId,
                                     String correlationId, Channel channel, String channelMessageId,
                                     Instant sentAt, GuestRef guest, MessageBody body,
                                     MessageContext context, String locale) implements HotelEvent {
}
