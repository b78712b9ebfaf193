package org.hotelagent.pms.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Arrival and departure dates; the nights are checkIn inclusive to checkOut exclusive. */
public record Stay(LocalDate checkIn, LocalDate checkOut) {

    public int nights() {
        return (int) ChronoUnit.DAYS.between(checkIn, checkOut);
    }

    public List<LocalDate> nightDates() {
        return checkIn.datesUntil(checkOut).toList();
    }
}
