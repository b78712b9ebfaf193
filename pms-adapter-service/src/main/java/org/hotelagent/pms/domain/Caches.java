package org.hotelagent.pms.domain;

import jakarta.enterprise.context.ApplicationScoped;

/** The Redis caches of the PMS API: static room types and short-lived quotes. */
@ApplicationScoped
class Caches {

    private final RoomTypeCache roomTypes;
    private final AvailabilityCache availability;

    Caches(RoomTypeCache roomTypes, AvailabilityCache availability) {
        this.roomTypes = roomTypes;
        this.availability = availability;
    }

    RoomTypeCache roomTypes() {
        return roomTypes;
    }

    AvailabilityCache availability() {
        return availability;
    }
}
