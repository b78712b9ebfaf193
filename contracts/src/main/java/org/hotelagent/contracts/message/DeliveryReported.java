package org.hotelagent.contracts.message;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.HotelEvent;

/**
 * Emitted by gateway-service on {@code deliveries-reported} when a reply we sent changes state on its channel.
 *
 * @param channelMessageId the channel's id of our outbound message
 * @param replyEventId     the {@code ReplyComposed} event this delivery belongs to, when known
 * @param error            set when {@code status} is {@link DeliveryStatus#FAILED}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryReported(UUID eventId, Instant occurredAt, String conversationId, String hotelId,
                               String correlationId, Channel channel, String channelMessageId, UUID replyEventId,
                               GuestRef recipient, DeliveryStatus status, DeliveryError error)
        implements HotelEvent {
}
