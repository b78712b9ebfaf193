package org.hotelagent.pms.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a booking is cancelled. */
@Schema(description = "A cancellation")
public record CancellationRequest(@Schema(description = "Why, for the audit trail", nullable = true,
        example = "guest asked on WhatsApp") String reason) {
}
