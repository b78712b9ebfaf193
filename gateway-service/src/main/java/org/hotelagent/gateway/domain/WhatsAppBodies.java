package org.hotelagent.gateway.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.message.MessageBody.ChoiceKind;
import org.hotelagent.contracts.message.MessageBody.MediaKind;
import org.hotelagent.contracts.message.OrderItem;
import org.hotelagent.contracts.message.SharedContact;

/**
 * Maps the content of one WhatsApp message ({@code messages[]} item) onto a {@link MessageBody}. Pure: no I/O, and
 * never throws on a shape it does not know; such content becomes {@link MessageBody.Unsupported} with a detail.
 */
final class WhatsAppBodies {

    /** Why the bytes of a medium are not in the event: images, videos, documents and stickers go by reference. */
    static final String BY_REFERENCE = "by-reference";

    private WhatsAppBodies() {
    }

    static MessageBody of(JsonNode message) {
        var type = message.path("type").asText("");
        var content = message.path(type);
        if (content.isMissingNode() && !type.equals("request_welcome") && !type.equals("unsupported")
                && !type.equals("unknown")) {
            var detail = errorDetail(message);
            return new MessageBody.Unsupported(type.isEmpty() ? "unknown" : type,
                    detail != null ? detail : "no " + type + " object in the message");
        }
        return switch (type) {
            case "text" -> new MessageBody.Text(content.path("body").asText(""), null);
            case "audio" -> new MessageBody.Audio(mediaRef(content, null), content.path("voice").asBoolean(false));
            case "image" -> media(MediaKind.image, content);
            case "video" -> media(MediaKind.video, content);
            case "document" -> media(MediaKind.document, content);
            case "sticker" -> media(MediaKind.sticker, content);
            case "location" -> location(content);
            case "contacts" -> contacts(content);
            case "interactive" -> interactive(content);
            case "button" -> new MessageBody.Choice(ChoiceKind.template_button,
                    text(content, "payload"), text(content, "text"), null);
            case "reaction" -> new MessageBody.Reaction(text(content, "message_id"), text(content, "emoji"));
            case "order" -> order(content);
            case "system" -> system(content);
            case "request_welcome" -> new MessageBody.SystemNotice("request_welcome", null, null);
            case "unsupported", "unknown" -> new MessageBody.Unsupported(type, unsupportedDetail(message));
            default -> new MessageBody.Unsupported(type.isEmpty() ? "unknown" : type,
                    join("type not known to this gateway", errorDetail(message)));
        };
    }

    private static MessageBody media(MediaKind kind, JsonNode content) {
        return new MessageBody.Media(kind, mediaRef(content, BY_REFERENCE), text(content, "caption"),
                text(content, "filename"));
    }

    private static MediaRef mediaRef(JsonNode content, String omittedReason) {
        var size = content.path("file_size");
        return new MediaRef(text(content, "id"), text(content, "mime_type"), MediaDigest.toHex(text(content, "sha256")),
                size.canConvertToLong() || size.isTextual() && !size.asText().isBlank() ? size.asLong() : null,
                null, omittedReason);
    }

    private static MessageBody location(JsonNode content) {
        return new MessageBody.Location(content.path("latitude").asDouble(), content.path("longitude").asDouble(),
                text(content, "name"), text(content, "address"));
    }

    private static MessageBody contacts(JsonNode content) {
        var cards = new ArrayList<SharedContact>();
        for (var card : content) {
            var name = card.path("name");
            var formatted = text(name, "formatted_name");
            if (formatted == null) {
                formatted = join(" ", text(name, "first_name"), text(name, "last_name"));
            }
            cards.add(new SharedContact(formatted, values(card.path("phones"), "phone"),
                    values(card.path("emails"), "email")));
        }
        return new MessageBody.Contacts(cards);
    }

    private static MessageBody interactive(JsonNode content) {
        var kind = content.path("type").asText("");
        return switch (kind) {
            case "button_reply" -> new MessageBody.Choice(ChoiceKind.button, text(content.path(kind), "id"),
                    text(content.path(kind), "title"), null);
            case "list_reply" -> new MessageBody.Choice(ChoiceKind.list, text(content.path(kind), "id"),
                    text(content.path(kind), "title"), text(content.path(kind), "description"));
            case "nfm_reply" -> new MessageBody.Unsupported("interactive",
                    "nfm_reply (WhatsApp Flow " + content.path(kind).path("name").asText("?") + "): "
                            + content.path(kind).path("response_json").asText(""));
            default -> new MessageBody.Unsupported("interactive", "interactive type " + kind);
        };
    }

    private static MessageBody order(JsonNode content) {
        var items = new ArrayList<OrderItem>();
        for (var item : content.path("product_items")) {
            items.add(new OrderItem(text(item, "product_retailer_id"), item.path("quantity").asInt(),
                    item.path("item_price").isMissingNode() ? null : new BigDecimal(item.path("item_price").asText()),
                    text(item, "currency")));
        }
        return new MessageBody.Order(text(content, "catalog_id"), text(content, "text"), items);
    }

    private static MessageBody system(JsonNode content) {
        var kind = content.path("type").asText("system");
        var newAddress = firstText(content, "wa_id", "new_wa_id", "user_id", "new_user_id");
        return new MessageBody.SystemNotice(kind, text(content, "body"), newAddress);
    }

    private static String unsupportedDetail(JsonNode message) {
        var category = text(message.path("unsupported"), "type");
        return join(category == null ? null : "unsupported type " + category, errorDetail(message));
    }

    /** The first per-message error as {@code code title: details}, or null. */
    static String errorDetail(JsonNode holder) {
        var error = holder.path("errors").path(0);
        if (error.isMissingNode()) {
            return null;
        }
        var details = text(error.path("error_data"), "details");
        return error.path("code").asText("?") + " " + error.path("title").asText(error.path("message").asText(""))
                + (details == null ? "" : ": " + details);
    }

    private static List<String> values(JsonNode array, String field) {
        var result = new ArrayList<String>();
        for (var item : array) {
            var value = text(item, field);
            if (value != null) {
                result.add(value);
            }
        }
        return result.isEmpty() ? null : result;
    }

    private static String firstText(JsonNode node, String... fields) {
        for (var field : fields) {
            var value = text(node, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    static String text(JsonNode node, String field) {
        var value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String join(String separator, String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + separator + second;
    }

    private static String join(String first, String second) {
        return join("; ", first, second);
    }
}
