package org.hotelagent.pms.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.Party;

/** The party of one requested room. */
@Schema(description = "Who sleeps in one room")
public record RoomRequest(@Schema(description = "Adults, at least 1", example = "2") Integer adults,
                          @Schema(description = "Children, 0 when absent", example = "0") Integer children) {

    Party toParty() {
        return new Party(adults == null ? 0 : adults, children == null ? 0 : children);
    }
}
