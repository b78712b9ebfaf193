package org.hotelagent.contracts.nlp;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.HotelEvent;
import org.hotelagent.contracts.message.MessageBody;

/**
 * Emitted by nlp-service on {@code messages-interpreted}: what a guest message means.
 *
 * @param sourceEventId    the {@code InboundMessageReceived} event this interprets
 * @param text             the text that was interpreted: the message text or the voice-note transcript
 * @param transcription    set when {@code text} came from speech
 * @param language         ISO 639-1 code (es, en, pt) of {@code text}
 * @param languageConfidence that language's share among es, en and pt; 0 when assumed rather than detected (a text
 *                         too short to tell, a voice note's transcript, no text)
 * @param body             the original content without inline media bytes (a button id, a location...)
 * @param locale           the guest's BCP 47 locale as the channel told it ({@code InboundMessageReceived.locale},
 *                         e.g. pt-PT, pt-BR, es-MX), null when unknown; replies follow its regional wording
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageInterpreted(UUID eventId, Instant occurredAt, String conversationId, String hotelId,
                                 String correlationId, UUID sourceEventId, Channel channel, String channelMessageId,
                                 GuestRef guest, String text, Transcription transcription, String language,
                                 double languageConfidence, IntentScore intent, IntentScore runnerUp,
                                 List<Entity> entities, Sentiment sentiment, MessageBody body, String locale)
        implements HotelEvent {
}
