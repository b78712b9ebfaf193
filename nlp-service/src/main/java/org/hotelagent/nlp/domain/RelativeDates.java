package org.hotelagent.nlp.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotelagent.nlp.domain.DateMention.DateSpan;
import org.hotelagent.nlp.domain.DateMention.Kind;

/**
 * Dates said relative to today, for {@link DateFinder}: "pasado mañana", "tomorrow", "hoje", "in 3 days", weekdays
 * ("next Friday", "sexta que vem") and weekends (Friday to Sunday).
 */
final class RelativeDates {

    private RelativeDates() {
    }

    /** Every relative-date candidate, in the order they claim text: a later one overlapping an earlier is dropped. */
    static List<DateMention> find(String folded, DateResolver calendar) {
        var found = new ArrayList<DateMention>();
        var today = calendar.today();
        relative(folded, found, DatePatterns.DAY_AFTER_TOMORROW, m -> today.plusDays(2));
        relative(folded, found, DatePatterns.TOMORROW, m -> today.plusDays(1));
        relative(folded, found, DatePatterns.TODAY, m -> today);
        relative(folded, found, DatePatterns.IN_PERIOD, m -> today.plusDays((long) Lexicon.number(m.group(1))
                * (m.group(2).startsWith("d") ? 1 : 7)));
        weekdays(folded, calendar, found);
        weekends(folded, calendar, found);
        return found;
    }

    private static void weekdays(String folded, DateResolver calendar, List<DateMention> found) {
        var weekday = DatePatterns.WEEKDAY.matcher(folded);
        while (weekday.find()) {
            var thisWeek = weekday.group(1) != null && weekday.group(1).matches("(?:this|este|esta|essa)\\s+");
            var date = calendar.weekday(Lexicon.WEEKDAYS.get(weekday.group(2)), thisWeek);
            int end = weekday.group(3) != null ? weekday.end(3) : weekday.end(2);
            found.add(new DateMention(new DateSpan(weekday.start(), end, date), null, Kind.SINGLE));
        }
    }

    private static void weekends(String folded, DateResolver calendar, List<DateMention> found) {
        var weekend = DatePatterns.WEEKEND.matcher(folded);
        while (weekend.find()) {
            var next = (weekend.group(1) != null && weekend.group(1).matches("(?:next|following|proximo)\\s+"))
                    || weekend.group(2) != null;
            var friday = calendar.weekendFriday(next);
            int end = weekend.group(2) != null ? weekend.end(2) : weekend.end();
            var sunday = friday.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            found.add(new DateMention(new DateSpan(weekend.start(), end, friday),
                    new DateSpan(weekend.start(), end, sunday), Kind.RANGE));
        }
    }

    private static void relative(String folded, List<DateMention> found, Pattern pattern,
                                 Function<Matcher, LocalDate> resolver) {
        var m = pattern.matcher(folded);
        while (m.find()) {
            found.add(new DateMention(new DateSpan(m.start(), m.end(), resolver.apply(m)), null, Kind.SINGLE));
        }
    }
}
