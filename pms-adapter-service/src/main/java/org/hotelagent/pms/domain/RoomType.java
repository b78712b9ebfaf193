package org.hotelagent.pms.domain;

import java.util.Map;

/**
 * A kind of room a hotel sells, with its occupancy and length-of-stay limits.
 *
 * @param names display name per language code (es, en, pt)
 */
public record RoomType(String id, Map<String, String> names, String beds, int baseOccupancy, int maxAdults,
                       int maxChildren, int maxGuests, int minStay, int maxStay) {

    public boolean fits(Party party) {
        return party.adults() <= maxAdults && party.children() <= maxChildren && party.guests() <= maxGuests;
    }

    public boolean allowsNights(int nights) {
        return nights >= minStay && nights <= maxStay;
    }
}
