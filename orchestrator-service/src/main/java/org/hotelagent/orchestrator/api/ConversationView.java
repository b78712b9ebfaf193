package org.hotelagent.orchestrator.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A conversation as staff (and tests) see it: its state and every turn. */
@Schema(description = "A guest conversation with its dialogue state and turns")
public record ConversationView(
        @Schema(description = "channel:hotel:guest") String conversationId,
        String hotelId,
        @Schema(description = "whatsapp, email or webchat") String channel,
        @Schema(description = "The guest's name on the channel, if any") String guestName,
        @Schema(description = "ISO 639-1 language the agent answers in") String language,
        @Schema(description = "The task under way: check_availability, make_reservation, modify_reservation, "
                + "cancel_reservation, reservation_status, or null") String task,
        @Schema(description = "none, requested or claimed") String handoff,
        @Schema(description = "Collected data, keyed by nlp entity type, normalised values") Map<String, Object> slots,
        List<Turn> turns) {

    /** One guest message and the agent's answer. */
    @Schema(description = "One guest message and the reply to it")
    public record Turn(Instant at, String guestText, String intent, String language, String reply) {
    }
}
