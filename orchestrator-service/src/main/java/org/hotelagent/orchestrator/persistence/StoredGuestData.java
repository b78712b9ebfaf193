package org.hotelagent.orchestrator.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One conversation of a guest as stored, with its turns and pending PMS actions: what a GDPR export hands over. */
@Schema(description = "A conversation of the guest, everything stored about it")
public record StoredGuestData(
        @Schema(description = "channel:hotel:guest") String conversationId,
        String hotelId,
        String channel,
        @Schema(description = "The channel address: WhatsApp number, email address or web-chat session")
        String guestAddress,
        @Schema(description = "WhatsApp business-scoped user id, if the channel gave one") String guestUserId,
        @Schema(description = "The name the guest shows on the channel") String guestName,
        String language,
        @Schema(description = "The guest's locale as the channel told it (e.g. pt-PT), if it did") String locale,
        String task,
        @Schema(description = "none, requested or claimed") String handoff,
        @Schema(description = "Collected data, keyed by nlp entity type") JsonNode slots,
        @Schema(description = "What the agent remembers between turns: pending question, quote, verified booking")
        JsonNode dialogue,
        Instant createdAt,
        Instant updatedAt,
        List<Turn> turns,
        List<PendingAction> pendingActions,
        @Schema(description = "Questions passed on to staff, with their answers") List<Question> questions) {

    /** A guest message (or a staff or follow-up reply) and the reply sent, as published. */
    @Schema(description = "A turn: the guest's text and the reply event sent")
    public record Turn(Instant at, UUID sourceEventId, String guestText, String intent, String language,
                       @Schema(description = "The ReplyComposed event, null when the agent stayed silent")
                       JsonNode reply) {
    }

    /** A PMS action kept during an outage. */
    @Schema(description = "A PMS action kept while the PMS could not answer")
    public record PendingAction(Instant createdAt, JsonNode action, int attempts, Instant resolvedAt,
                                @Schema(description = "answered, superseded, or null while open") String outcome) {
    }

    /** A question the agent passed on to staff. */
    @Schema(description = "A guest question passed on to staff")
    public record Question(Instant createdAt, String question, Instant resolvedAt, String answer) {
    }
}
