package org.hotelagent.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.logging.Log;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.ConversationKeys;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.message.DeliveryError;
import org.hotelagent.contracts.message.DeliveryStatus;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MessageContext;

/**
 * Turns a WhatsApp Cloud API webhook into what the gateway acts on: guest messages (one {@code messages-received}
 * event each), statuses of our own messages, and value-level errors. Every entry, change, message and status of the
 * payload is read, whatever order its keys come in; changes of other fields and numbers of no configured hotel are
 * skipped. The event id is derived from the wamid, so a redelivered webhook yields the same event id.
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

    public Notification normalize(JsonNode webhook) {
        var notification = new Notification(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (var entry : webhook.path("entry")) {
            for (var change : entry.path("changes")) {
                if ("messages".equals(change.path("field").asText())) {
                    read(change.path("value"), notification);
                }
            }
        }
        return notification;
    }

    private void read(JsonNode value, Notification notification) {
        var numberId = value.path("metadata").path("phone_number_id").asText("");
        for (var error : value.path("errors")) {
            notification.errors().add(new WebhookError(numberId, error.path("code").asText("unknown"),
                    WhatsAppBodies.text(error, "title"), WhatsAppBodies.text(error.path("error_data"), "details")));
        }
        var hotel = hotels.hotelOfNumber(numberId);
        if (hotel.isEmpty()) {
            if (value.has("messages") || value.has("statuses")) {
                Log.warnf("Webhook for unknown phone_number_id %s ignored: add it to gateway.whatsapp.numbers",
                        numberId);
            }
            return;
        }
        for (var message : value.path("messages")) {
            var guest = guestOf(message, value.path("contacts"));
            if (guest.key() == null) {
                Log.warnf("WhatsApp message %s has neither a phone number nor a user id", message.path("id").asText());
                continue;
            }
            notification.messages().add(new Inbound(numberId, eventOf(message, hotel.get(), guest)));
        }
        for (var status : value.path("statuses")) {
            statusOf(status, numberId, hotel.get()).ifPresent(notification.statuses()::add);
        }
    }

    private InboundMessageReceived eventOf(JsonNode message, String hotelId, GuestRef guest) {
        var wamid = message.path("id").asText();
        var eventId = UUID.nameUUIDFromBytes(("whatsapp:" + wamid).getBytes(StandardCharsets.UTF_8));
        return new InboundMessageReceived(eventId, clock.instant(),
                ConversationKeys.of(Channel.WHATSAPP, hotelId, guest), hotelId, eventId.toString(),
                Channel.WHATSAPP, wamid, instant(message.path("timestamp")), guest, WhatsAppBodies.of(message),
                contextOf(message), GuestLocales.of(guest).orElse(null));
    }

    /** Phone ({@code from}, else the contact's {@code wa_id}) and BSUID; either may be empty or absent. */
    private static GuestRef guestOf(JsonNode message, JsonNode contacts) {
        var phone = WhatsAppBodies.text(message, "from");
        var userId = WhatsAppBodies.text(message, "from_user_id");
        JsonNode contact = null;
        for (var candidate : contacts) {
            var sameUser = userId != null && userId.equals(WhatsAppBodies.text(candidate, "user_id"));
            var samePhone = phone != null && phone.equals(WhatsAppBodies.text(candidate, "wa_id"));
            if (sameUser || samePhone || contacts.size() == 1 && contact == null) {
                contact = candidate;
            }
        }
        if (contact == null) {
            return new GuestRef(phone, userId, null);
        }
        var profile = contact.path("profile");
        var name = WhatsAppBodies.text(profile, "name");
        return new GuestRef(phone != null ? phone : WhatsAppBodies.text(contact, "wa_id"),
                userId != null ? userId : WhatsAppBodies.text(contact, "user_id"),
                name != null ? name : WhatsAppBodies.text(profile, "username"));
    }

    private static MessageContext contextOf(JsonNode message) {
        var context = message.path("context");
        var referral = referralOf(message.path("referral"), context.path("referred_product"));
        if (context.isMissingNode() && referral == null) {
            return null;
        }
        return new MessageContext(WhatsAppBodies.text(context, "id"),
                context.has("forwarded") ? context.path("forwarded").asBoolean() : null,
                context.has("frequently_forwarded") ? context.path("frequently_forwarded").asBoolean() : null,
                referral);
    }

    /** Click-to-WhatsApp ad data and a referred catalogue product, flattened to dotted string keys. */
    private static Map<String, String> referralOf(JsonNode referral, JsonNode product) {
        var flat = new LinkedHashMap<String, String>();
        flatten("", referral, flat);
        flatten("referred_product.", product, flat);
        return flat.isEmpty() ? null : flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.properties().forEach(field -> flatten(prefix + field.getKey() + ".", field.getValue(), into));
        } else if (node.isValueNode() && !node.isNull()) {
            into.put(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }

    private Optional<StatusUpdate> statusOf(JsonNode status, String numberId, String hotelId) {
        var wamid = WhatsAppBodies.text(status, "id");
        var name = status.path("status").asText("").toUpperCase(Locale.ROOT);
        DeliveryStatus delivery;
        try {
            delivery = DeliveryStatus.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            Log.infof("WhatsApp status '%s' of %s is not tracked; skipped", status.path("status").asText(), wamid);
            return Optional.empty();
        }
        var recipient = new GuestRef(WhatsAppBodies.text(status, "recipient_id"),
                WhatsAppBodies.text(status, "recipient_user_id"), null);
        if (wamid == null || recipient.key() == null) {
            Log.warnf("WhatsApp status %s of %s has no message id or recipient; skipped", name, wamid);
            return Optional.empty();
        }
        var error = status.path("errors").path(0);
        var deliveryError = error.isMissingNode() ? null : new DeliveryError(error.path("code").asText(null),
                WhatsAppBodies.text(error, "title") != null ? WhatsAppBodies.text(error, "title")
                        : WhatsAppBodies.text(error, "message"),
                WhatsAppBodies.text(error.path("error_data"), "details"));
        return Optional.of(new StatusUpdate(numberId, hotelId, wamid, delivery,
                instant(status.path("timestamp")), recipient, WhatsAppBodies.text(status, "biz_opaque_callback_data"),
                deliveryError));
    }

    /** Unix seconds, as a string in messages and statuses and as a number in some other webhooks. */
    private static Instant instant(JsonNode timestamp) {
        return timestamp.canConvertToLong() || timestamp.isTextual() && timestamp.asText().matches("\\d+")
                ? Instant.ofEpochSecond(timestamp.asLong()) : null;
    }

    /** What one webhook carries for the gateway. */
    public record Notification(List<Inbound> messages, List<StatusUpdate> statuses, List<WebhookError> errors) {
    }

    /** A normalised message and the business number that received it (replies go out from the same number). */
    public record Inbound(String phoneNumberId, InboundMessageReceived event) {
    }

    /**
     * A status of a message we sent.
     *
     * @param callbackData our {@code biz_opaque_callback_data} echoed back: the reply's event id
     */
    public record StatusUpdate(String phoneNumberId, String hotelId, String wamid, DeliveryStatus status,
                               Instant timestamp, GuestRef recipient, String callbackData, DeliveryError error) {
    }

    /** A value-level error: a problem of the number or the app, not a guest message. */
    public record WebhookError(String phoneNumberId, String code, String title, String details) {
    }
}
