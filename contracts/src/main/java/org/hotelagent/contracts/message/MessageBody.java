package org.hotelagent.contracts.message;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What a guest sent, one variant per kind of content; channels map their own types onto these. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MessageBody.Text.class, name = "text"),
        @JsonSubTypes.Type(value = MessageBody.Audio.class, name = "audio"),
        @JsonSubTypes.Type(value = MessageBody.Media.class, name = "media"),
        @JsonSubTypes.Type(value = MessageBody.Location.class, name = "location"),
        @JsonSubTypes.Type(value = MessageBody.Contacts.class, name = "contacts"),
        @JsonSubTypes.Type(value = MessageBody.Choice.class, name = "choice"),
        @JsonSubTypes.Type(value = MessageBody.Reaction.class, name = "reaction"),
        @JsonSubTypes.Type(value = MessageBody.Order.class, name = "order"),
        @JsonSubTypes.Type(value = MessageBody.SystemNotice.class, name = "system"),
        @JsonSubTypes.Type(value = MessageBody.Unsupported.class, name = "unsupported")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface MessageBody {

    /** Plain text; {@code subject} is set for email. */
    record Text(String text, String subject) implements MessageBody {
    }

    /** A voice note ({@code voice} true: recorded with the microphone) or another audio file. */
    record Audio(MediaRef media, boolean voice) implements MessageBody {
    }

    /** An image, video, document or sticker. */
    record Media(MediaKind kind, MediaRef media, String caption, String filename) implements MessageBody {
    }

    /** A shared place; a dropped pin has only the coordinates. */
    record Location(double latitude, double longitude, String name, String address) implements MessageBody {
    }

    /** Shared contact cards. */
    record Contacts(List<SharedContact> contacts) implements MessageBody {
    }

    /** A tap on a button or list row we sent; {@code id} is the one we set. */
    record Choice(ChoiceKind kind, String id, String title, String description) implements MessageBody {
    }

    /** A reaction to a message; a null or empty emoji means the reaction was removed. */
    record Reaction(String targetMessageId, String emoji) implements MessageBody {
    }

    /** A catalogue order. */
    record Order(String catalogId, String text, List<OrderItem> items) implements MessageBody {
    }

    /** A channel notice about the guest (changed number or user id, first contact). */
    record SystemNotice(String kind, String text, String newAddress) implements MessageBody {
    }

    /** Content the channel could not give us, or a type we do not know; {@code detail} says what it was. */
    record Unsupported(String channelType, String detail) implements MessageBody {
    }

    enum MediaKind { image, video, document, sticker }

    enum ChoiceKind { button, list, template_button }
}
