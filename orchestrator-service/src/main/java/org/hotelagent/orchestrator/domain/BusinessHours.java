package org.hotelagent.orchestrator.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A hotel's daily opening hours, {@code HH:mm-HH:mm}; a range whose end is before its start wraps midnight
 * ({@code 20:00-08:00}), {@code 24:00} is the end of the day, and equal ends mean always open.
 */
public record BusinessHours(LocalTime opens, LocalTime closes) {

    public static BusinessHours parse(String range) {
        var ends = range.strip().split("\\s*-\\s*");
        try {
            if (ends.length != 2) {
                throw new DateTimeParseException("expected HH:mm-HH:mm", range, 0);
            }
            return new BusinessHours(time(ends[0]), time(ends[1]));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Business hours must be HH:mm-HH:mm, not " + range, e);
        }
    }

    public boolean isOpenAt(LocalTime time) {
        if (opens.equals(closes)) {
            return true;
        }
        return opens.isBefore(closes) ? !time.isBefore(opens) && time.isBefore(closes)
                : !time.isBefore(opens) || time.isBefore(closes);
    }

    private static LocalTime time(String text) {
        return "24:00".equals(text) ? LocalTime.MIDNIGHT : LocalTime.parse(text);
    }
}
