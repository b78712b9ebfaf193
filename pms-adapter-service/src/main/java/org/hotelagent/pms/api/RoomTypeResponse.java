package org.hotelagent.pms.api;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.RoomType;

/** A room type with its names per language and its occupancy and length-of-stay limits. */
@Schema(description = "A kind of room the hotel sells")
public record RoomTypeResponse(
        @Schema(description = "Room type code, unique within the hotel", example = "double") String id,
        @Schema(description = "Display name per language code (es, en, pt)") Map<String, String> names,
        @Schema(description = "Beds in the room", example = "1 double bed") String beds,
        @Schema(description = "Guests the rate is for") int baseOccupancy,
        @Schema(description = "Most adults per room") int maxAdults,
        @Schema(description = "Most children per room") int maxChildren,
        @Schema(description = "Most guests (adults and children) per room") int maxGuests,
        @Schema(description = "Fewest nights per booking") int minStay,
        @Schema(description = "Most nights per booking") int maxStay) {

    static RoomTypeResponse from(RoomType type) {
        return new RoomTypeResponse(type.id(), type.names(), type.beds(), type.baseOccupancy(), type.maxAdults(),
                type.maxChildren(), type.maxGuests(), type.minStay(), type.maxStay());
    }
}
