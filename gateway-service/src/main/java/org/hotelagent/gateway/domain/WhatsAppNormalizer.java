package org.hotelagent.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.logging.Log;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.ConversationKeys;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.message.MessageContext;

/**
 * Turns a WhatsApp Cloud API webhook into {@code messages-received} events: every entry, change and message of the
 * payload, whatever order its keys come in. The event id is derived from the wamid, so a redelivered webhook yields
 * the same event id and consumers drop it.
 */
@ApplicationScoped
public class WhatsAppNormalizer {

    private final HotelDirectory hotels;
    private final Clock clock;

    @Inject
    WhatsAppNormalizer(HotelDirectory hotels) {
        this(hotels, Clock.systemUTC());
    }

    WhatsAppNormalizer(HotelDirectory hotels, Clock clock) {
        this.hotels = hotels;
        this.clock = clock;
    }

    public List<Inbound> normalize(JsonNode webhook) {
        var result = new ArrayList<Inbound>();
        for (var entry : webhook.path("entry")) {
            for (var change : entry.path("changes")) {
                if ("messages".equals(change.path("field").asText())) {
                    result.addAll(messagesOf(change.path("value")));
                }
            }
        }
        return result;
    }

    private List<Inbound> messagesOf(JsonNode value) {
        var numberId = value.path("metadata").path("phone_number_id").asText("");
        var hotel = hotels.hotelOfNumber(numberId);
        if (hotel.isEmpty()) {
            Log.warnf("Webhook for unknown phone_number_id %s ignored: add it to gateway.whatsapp.numbers", numberId);
            return List.of();
        }
        var result = new ArrayList<Inbound>();
        for (var message : value.path("messages")) {
            var guest = guestOf(message, value.path("contacts"));
            if (guest.key() == null || guest.key().isBlank()) {
                Log.warnf("WhatsApp message %s has neither from nor from_user_id", message.path("id").asText());
                continue;
            }
            result.add(new Inbound(numberId, eventOf(message, hotel.get(), guest)));
        }
        return result;
    }

    private InboundMessageReceived eventOf(JsonNode message, String hotelId, GuestRef guest) {
        var wamid = message.path("id").asText();
        var eventId = UUID.nameUUIDFromBytes(("whatsapp:" + wamid).getBytes(StandardCharsets.UTF_8));
        return new InboundMessageReceived(eventId, clock.instant(),
                ConversationKeys.of(Channel.WHATSAPP, hotelId, guest), hotelId, eventId.toString(),
                Channel.WHATSAPP, wamid, sentAt(message), guest, bodyOf(message), contextOf(message));
    }

    private static GuestRef guestOf(JsonNode message, JsonNode contacts) {
        var phone = blankToNull(message.path("from").asText(null));
        var userId = blankToNull(message.path("from_user_id").asText(null));
        String name = null;
        for (var contact : contacts) {
            var sameUser = userId != null && userId.equals(contact.path("user_id").asText(null));
            var samePhone = phone != null && phone.equals(contact.path("wa_id").asText(null));
            if (sameUser || samePhone || contacts.size() == 1) {
                name = blankToNull(contact.path("profile").path("name").asText(null));
            }
        }
        return new GuestRef(phone, userId, name);
    }

    private static MessageBody bodyOf(JsonNode message) {
        var type = message.path("type").asText("unknown");
        if ("text".equals(type)) {
            return new MessageBody.Text(message.path("text").path("body").asText(""), null);
        }
        // The other WhatsApp types are normalised by the gateway issue; until then they reach the agent as such.
        return new MessageBody.Unsupported(type, null);
    }

    private static MessageContext contextOf(JsonNode message) {
        var context = message.path("context");
        if (context.isMissingNode()) {
            return null;
        }
        return new MessageContext(blankToNull(context.path("id").asText(null)),
                context.has("forwarded") ? context.path("forwarded").asBoolean() : null,
                context.has("frequently_forwarded") ? context.path("frequently_forwarded").asBoolean() : null,
                null);
    }

    private static Instant sentAt(JsonNode message) {
        var timestamp = message.path("timestamp");
        return timestamp.isMissingNode() ? null : Instant.ofEpochSecond(timestamp.asLong());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A normalised message and the business number that received it (replies go out from the same number). */
    public record Inbound(String phoneNumberId, InboundMessageReceived event) {
    }
}
