package org.hotelagent.orchestrator.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of the staff inbox. */
@Schema(description = "A conversation in the staff inbox")
public record ConversationSummary(String conversationId, String hotelId, String channel, String guestName,
                                  String language, String task,
                                  @Schema(description = "none, requested or claimed") String handoff,
                                  Instant updatedAt) {
}
