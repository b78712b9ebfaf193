package org.hotelagent.nlp.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;

/**
 * Turns the parts of a date a guest wrote into a calendar date, relative to the hotel's {@code today}: a missing year
 * is the next such date, a day alone its next occurrence, and {@code dayFirst} decides numeric dates like 03/04.
 */
record DateResolver(LocalDate today, boolean dayFirst) {

    /** A day and a month number (null when the month word was not one) with an optional year. */
    LocalDate explicit(int day, Integer month, String year) {
        return month == null ? null : withYear(day, month, year);
    }

    private static final int[][] HOLIDAYS = {{24, 12}, {25, 12}, {26, 12}, {31, 12}, {1, 1}};

    /** The next date of the holiday {@link DatePatterns#HOLIDAY} matched, by the group that matched. */
    LocalDate holiday(Matcher m) {
        int named = 1;
        while (m.group(named) == null) {
            named++;
        }
        return withYear(HOLIDAYS[named - 1][0], HOLIDAYS[named - 1][1], null);
    }

    /** Groups 1 and 2 of a numeric date (03/04, 3.4.26), the year in group 3 if any. */
    LocalDate numeric(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean dayFirstHere = a > 12 || (b <= 12 && dayFirst);
        return withYear(dayFirstHere ? a : b, dayFirstHere ? b : a, m.group(3));
    }

    /** An ISO date's parts; null when they name no date. */
    static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day and month; without a year, the next such date from today (a December guest means next January). */
    private LocalDate withYear(int day, int month, String year) {
        try {
            if (year != null) {
                int y = Integer.parseInt(year);
                return LocalDate.of(y < 100 ? 2000 + y : y, month, day);
            }
            var date = LocalDate.of(today.getYear(), month, day);
            return date.isBefore(today) ? date.plusYears(1) : date;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A day of the month alone: this month if still ahead, else the next month that has it. */
    LocalDate dayOnly(int day) {
        for (int i = 0; i < 3 && day >= 1 && day <= 31; i++) {
            var month = today.withDayOfMonth(1).plusMonths(i);
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(today)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    /** A day of the month alone in the month of {@code context}, unless that is past: then as {@link #dayOnly}. */
    LocalDate dayInMonthOf(int day, LocalDate context) {
        if (day < 1 || day > context.lengthOfMonth() || context.withDayOfMonth(day).isBefore(today)) {
            return dayOnly(day);
        }
        return context.withDayOfMonth(day);
    }

    /** The day-only end of a range starting at {@code start}: the same month, or the next if the day is smaller. */
    static LocalDate dayAfter(int day, LocalDate start) {
        for (int i = 0; i < 2 && day >= 1 && day <= 31; i++) {
            var month = start.withDayOfMonth(1).plusMonths(i);
            if (day <= month.lengthOfMonth() && month.withDayOfMonth(day).isAfter(start)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    /** The day-only start of a range ending at {@code end}: the same month, or the previous if the day is larger. */
    static LocalDate dayBefore(int day, LocalDate end) {
        for (int i = 0; i < 2 && day >= 1 && day <= 31; i++) {
            var month = end.withDayOfMonth(1).minusMonths(i);
            if (day <= month.lengthOfMonth() && month.withDayOfMonth(day).isBefore(end)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    /** The coming {@code day} (1 to 7 days ahead); "this Friday" ({@code thisWeek}) may be today. */
    LocalDate weekday(DayOfWeek day, boolean thisWeek) {
        return thisWeek ? today.with(TemporalAdjusters.nextOrSame(day)) : today.with(TemporalAdjusters.next(day));
    }

    /** The Friday of the coming weekend (today on a Saturday), or of the one after it when {@code next}. */
    LocalDate weekendFriday(boolean next) {
        return today.getDayOfWeek() == DayOfWeek.SATURDAY && !next ? today
                : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)).plusWeeks(next ? 1 : 0);
    }
}
