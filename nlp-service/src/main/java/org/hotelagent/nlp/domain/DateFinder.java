package org.hotelagent.nlp.domain;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotelagent.nlp.domain.DateMention.DateSpan;
import org.hotelagent.nlp.domain.DateMention.Kind;

/**
 * Finds the dates a guest mentions, in text order, each resolved against the hotel's today: explicit and numeric
 * dates, day ranges, weekdays, weekends and relative days. Works on folded text, so offsets are the original's. The
 * expressions are {@link DatePatterns}, the calendar arithmetic {@link DateResolver}, the relative days
 * {@link RelativeDates}; this class decides which mention claims which part of the text.
 */
final class DateFinder {

    private final String folded;
    private final DateResolver calendar;
    private final List<DateMention> mentions = new ArrayList<>();

    private DateFinder(String folded, LocalDate today, boolean dayFirst) {
        this.folded = folded;
        this.calendar = new DateResolver(today, dayFirst);
    }

    /** Every date mention in {@code folded}, in text order; {@code dayFirst} decides 03/04. */
    static List<DateMention> find(String folded, LocalDate today, boolean dayFirst) {
        var finder = new DateFinder(folded, today, dayFirst);
        finder.findFullDatesAndRanges();
        finder.findMonthlessDays();
        finder.mentions.addAll(SpokenDays.find(folded, finder.mentions, finder::dayOnly));
        finder.findInsteadDays();
        finder.findRelative();
        finder.mentions.sort(Comparator.comparingInt(DateMention::start));
        finder.joinMoves();
        return finder.mentions;
    }

    private void findFullDatesAndRanges() {
        var full = collectFullDates();
        full.sort(Comparator.comparingInt(DateSpan::start));
        DateSpan pending = null;
        for (var span : full) {
            if (!mentions.isEmpty() && mentions.getLast().end() > span.start()) {
                continue; // the end day of the range before it ("Dec 3 to 5 ...")
            }
            if (pending != null
                    && DatePatterns.CONNECTOR.matcher(folded.substring(pending.end(), span.start())).matches()) {
                var kind = ChangeWords.isMove(folded, pending, span) ? Kind.MOVE : Kind.RANGE;
                mentions.removeLast();
                mentions.add(new DateMention(pending, span, kind));
                pending = null;
                continue;
            }
            mentions.add(withRangeAround(span));
            pending = mentions.getLast().kind() == Kind.SINGLE ? span : null;
        }
    }

    /** Explicit, ISO and numeric dates and named holidays, in pattern order. */
    private List<DateSpan> collectFullDates() {
        var full = new ArrayList<DateSpan>();
        collect(DatePatterns.DMY, m -> calendar.explicit(day(m, 1), Lexicon.MONTHS.get(m.group(3)), m.group(4)), full);
        collect(DatePatterns.MDY, m -> calendar.explicit(day(m, 2), Lexicon.MONTHS.get(m.group(1)), m.group(4)), full);
        collect(DatePatterns.ISO, m -> DateResolver.date(m.group(1), m.group(2), m.group(3)), full);
        collect(DatePatterns.DASHED, calendar::numeric, full);
        collect(DatePatterns.NUMERIC, calendar::numeric, full);
        collect(DatePatterns.HOLIDAY, calendar::holiday, full);
        return full;
    }

    private void collect(Pattern pattern, Function<Matcher, LocalDate> resolver, List<DateSpan> out) {
        var m = pattern.matcher(folded);
        while (m.find()) {
            var date = resolver.apply(m);
            if (date != null && out.stream().noneMatch(s -> overlaps(s.start(), s.end(), m.start(), m.end()))) {
                out.add(new DateSpan(m.start(), m.end(), date));
            }
        }
    }

    /** A day-only start before a full date ("del 3 al 5 de diciembre") or a day-only end after one (Dec 3 to 5). */
    private DateMention withRangeAround(DateSpan span) {
        // never reaching back into the date before ("from dec 30-jan 1 to dec 31-jan 2")
        int offset = Math.max(span.start() - 40, mentions.isEmpty() ? 0 : mentions.getLast().end());
        var before = DatePatterns.RANGE_PREFIX.matcher(folded.substring(offset, span.start()));
        if (before.find()) {
            int group = before.group(1) != null ? 1 : 2;
            var start = DateResolver.dayBefore(day(before, 1), span.date());
            if (start != null) {
                var from = new DateSpan(offset + before.start(group), dayEnd(offset + before.end(group)), start);
                return new DateMention(from, span, ChangeWords.isMove(folded, from, span) ? Kind.MOVE : Kind.RANGE);
            }
        }
        // "Dec 3 to 5", "del 10 de diciembre al 12"
        var after = DatePatterns.RANGE_SUFFIX.matcher(folded.substring(span.end()));
        if (after.find()) {
            int group = after.group(1) != null ? 1 : 2;
            var end = DateResolver.dayAfter(day(after, 1), span.date());
            var to = new DateSpan(span.end() + after.start(group), dayEnd(span.end() + after.end(group)), end);
            var moved = calendar.dayInMonthOf(day(after, 1), span.date());
            if (moved != null && ChangeWords.isMove(folded, span, to)) {
                return new DateMention(span, new DateSpan(to.start(), to.end(), moved), Kind.MOVE);
            }
            if (end != null) {
                return new DateMention(span, to, Kind.RANGE);
            }
        }
        return new DateMention(span, null, Kind.SINGLE);
    }

    /** Days said without a month: ranges ("del 3 al 5", "22nd-24th") and days alone ("el 17", "sábado 23"). */
    private void findMonthlessDays() {
        findDayRanges(DatePatterns.DAY_RANGE);
        findDayRanges(DatePatterns.ORDINAL_RANGE);
        if (!mentions.isEmpty()) {
            findDayRanges(DatePatterns.NEW_RANGE);
        }
        var bare = DatePatterns.BARE_DAY.matcher(folded);
        while (bare.find()) {
            int group = 1;
            while (bare.group(group) == null) {
                group++;
            }
            var date = dayOnly(Integer.parseInt(bare.group(group)), bare.start());
            if (date != null && free(bare.start(group), bare.end())) {
                single(bare.start(group), dayEnd(bare.end(group)), date);
            }
        }
    }

    private void findDayRanges(Pattern pattern) {
        var m = pattern.matcher(folded);
        while (m.find()) {
            var start = dayOnly(Integer.parseInt(m.group(1)), m.start());
            var end = start == null ? null : DateResolver.dayAfter(Integer.parseInt(m.group(2)), start);
            if (end != null && free(m.start(1), m.end())) {
                var from = new DateSpan(m.start(1), dayEnd(m.end(1)), start);
                var to = new DateSpan(m.start(2), dayEnd(m.end(2)), end);
                if (ChangeWords.isMove(folded, from, to)) {
                    // a move may go earlier in the same month: "adelantar la llegada del 10 al 8"
                    var moved = calendar.dayInMonthOf(Integer.parseInt(m.group(2)), start);
                    mentions.add(new DateMention(from, new DateSpan(to.start(), to.end(), moved), Kind.MOVE));
                } else {
                    mentions.add(new DateMention(from, to, Kind.RANGE));
                }
            }
        }
    }

    /**
     * "em vez de 5" right after a date: the day that date replaces, in its month; "pasarla al 17" after one: the day
     * it moves to.
     */
    private void findInsteadDays() {
        findDaysAfterADate(DatePatterns.INSTEAD_DAY);
        findDaysAfterADate(DatePatterns.MOVED_DAY);
    }

    private void findDaysAfterADate(Pattern pattern) {
        var m = pattern.matcher(folded);
        while (m.find()) {
            int at = m.start(1);
            if (mentions.stream().anyMatch(d -> d.end() <= at && at - d.end() < 60) && free(at, m.end())) {
                var date = dayOnly(Integer.parseInt(m.group(1)), at);
                if (date != null) {
                    single(at, dayEnd(m.end(1)), date);
                }
            }
        }
    }

    /**
     * A day said alone is in the month of the last date before it ("del 10 al 12 de enero... no, del 11 al 13"), else
     * of a date just after it, else its next occurrence.
     */
    private LocalDate dayOnly(int day, int at) {
        var before = mentions.stream().filter(m -> m.end() <= at).max(Comparator.comparingInt(DateMention::end));
        if (before.isPresent()) {
            return calendar.dayInMonthOf(day, before.get().first().date());
        }
        // "entrada 26 e saída 29 de dezembro": the day before a date close after it
        return mentions.stream().filter(m -> m.start() > at && m.start() - at < 40)
                .min(Comparator.comparingInt(DateMention::start))
                .map(m -> DateResolver.dayBefore(day, m.first().date()))
                .filter(date -> !date.isBefore(calendar.today())).orElseGet(() -> calendar.dayOnly(day));
    }

    /** A weekday naming the date right after it ("Friday 18 December", "el viernes 18") is no date of its own. */
    private void findRelative() {
        for (var mention : RelativeDates.find(folded, calendar)) {
            var named = mentions.stream().filter(m -> m.start() >= mention.end()).mapToInt(DateMention::start).min()
                    .stream().anyMatch(next -> DatePatterns.WEEKDAY_OF.matcher(folded.substring(mention.end(), next))
                            .matches());
            if (free(mention.start(), mention.end()) && !named) {
                mentions.add(mention);
            }
        }
    }

    /** Two single dates joined as a move ("passar do dia 10 para o dia 14", "move it from friday to sunday"). */
    private void joinMoves() {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            var from = mentions.get(i);
            var to = mentions.get(i + 1);
            if (from.kind() != Kind.SINGLE || to.kind() != Kind.SINGLE
                    || !DatePatterns.CONNECTOR.matcher(folded.substring(from.end(), to.start())).matches()) {
                continue;
            }
            if (ChangeWords.isMove(folded, from.first(), to.first())) {
                mentions.set(i, new DateMention(from.first(), to.first(), Kind.MOVE));
                mentions.remove(i + 1);
            } else if (!to.first().date().isAfter(from.first().date()) && isWeekday(to.first())) {
                // "de quinta a domingo" on a Thursday: the Sunday after that Thursday
                var end = from.first().date().with(TemporalAdjusters.next(to.first().date().getDayOfWeek()));
                mentions.set(i + 1, new DateMention(new DateSpan(to.start(), to.end(), end), null, Kind.SINGLE));
            }
        }
    }

    private boolean isWeekday(DateSpan span) {
        return Lexicon.WEEKDAYS.containsKey(folded.substring(span.start(), span.end()).strip());
    }

    private void single(int start, int end, LocalDate date) {
        mentions.add(new DateMention(new DateSpan(start, end, date), null, Kind.SINGLE));
    }

    /** The day in group {@code digits}, or spelled out in the group after it. */
    private static int day(Matcher m, int digits) {
        return DayWords.value(m.group(m.group(digits) != null ? digits : digits + 1));
    }

    private boolean free(int start, int end) {
        return mentions.stream().noneMatch(m -> overlaps(m.start(), m.end(), start, end));
    }

    private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
        return aStart < bEnd && bStart < aEnd;
    }

    /** Keeps an ordinal suffix ("20th") inside the span. */
    private int dayEnd(int end) {
        var m = DatePatterns.ORDINAL_SUFFIX.matcher(folded.substring(end));
        return m.find() ? end + m.end() : end;
    }
}
