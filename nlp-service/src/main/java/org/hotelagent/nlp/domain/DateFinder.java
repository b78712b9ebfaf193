package org.hotelagent.nlp.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a guest mentions, in text order, each resolved against the hotel's today: explicit and numeric
 * dates, day ranges, weekdays, weekends and relative days. Works on folded text, so offsets are the original's.
 */
final class DateFinder {

    /** Resolved span of the text. */
    record DateSpan(int start, int end, LocalDate date) {
    }

    /** One mention: a single date, a stay range, or a move from one date to another. */
    record Mention(DateSpan first, DateSpan second, Kind kind) {
        int start() {
            return first.start();
        }

        int end() {
            return second == null ? first.end() : Math.max(first.end(), second.end());
        }
    }

    enum Kind { SINGLE, RANGE, MOVE }

    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|º|ª)?";
    private static final String EN_MONTH = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String NOT_A_DATE = "(?!\\s*(?:[/.:]\\d|h\\b|hs\\b|am\\b|pm\\b|%|personas?|people|persons?"
            + "|pessoas?|adult|nin|kid|child|crianc|hijo|filho|noches?|nights?|noites?|hab|rooms?|quartos?|camas?|beds?"
            + "|anos|años|years?|euros?|€|\\$|dolares|dollars|reais|min))";
    private static final Pattern DMY = Pattern.compile("\\b" + DAY + "(?:\\s+(?:de|of|del))?\\s+(" + Lexicon.MONTH
            + ")\\b(?:\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b)?");
    private static final Pattern MDY = Pattern.compile("\\b(" + EN_MONTH + ")\\b\\.?\\s+" + DAY
            + "\\b(?:,?\\s+(\\d{4})\\b)?" + NOT_A_DATE);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d/.,-])(\\d{1,2})[/.](\\d{1,2})(?:[/.](\\d{4}|\\d{2}))?(?![\\d/.,])" + NOT_A_DATE);
    private static final Pattern DASHED = Pattern.compile("(?<![\\d-])(\\d{1,2})-(\\d{1,2})-(\\d{4})(?![\\d-])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern RANGE_PREFIX = Pattern.compile("(?:\\b(?:del|de|desde(?:\\s+el)?|from(?:\\s+the)?"
            + "|between(?:\\s+the)?|entre(?:\\s+el|\\s+o)?|do(?:\\s+dia)?|dia|the)\\s+)?\\b" + DAY
            + "\\s*(?:\\bal\\b|\\ba\\b|hasta(?:\\s+el)?|\\bto(?:\\s+the)?|till|until|through|-|–|\\by(?:\\s+el)?"
            + "|\\band(?:\\s+the)?|\\bao(?:\\s+dia)?|\\bate(?:\\s+(?:o|ao))?(?:\\s+dia)?|\\be)\\s*"
            + "(?:el\\s+|the\\s+|dia\\s+|o\\s+dia\\s+)?$");
    private static final Pattern RANGE_SUFFIX = Pattern.compile("^\\s*(?:to|-|–|until|till|through|al|a|ate)\\s*"
            + "(?:the\\s+)?" + DAY + "\\b" + NOT_A_DATE + "(?!\\s*(?:de\\s|of\\s|" + Lexicon.MONTH + "))");
    private static final Pattern DAY_RANGE = Pattern.compile("\\b(?:del|de|desde\\s+el|from\\s+the|from"
            + "|between\\s+the|entre\\s+el|do\\s+dia|do)\\s+" + DAY + "\\s*(?:\\bal\\b|\\ba\\b|\\bto\\s+the\\b"
            + "|\\bto\\b|\\by\\s+el\\b|\\band\\s+the\\b|\\bao\\s+dia\\b|\\bao\\b|-)\\s*(?:dia\\s+)?" + DAY + "\\b"
            + NOT_A_DATE + "(?!\\s*(?:de\\s|of\\s|-\\d))");
    private static final Pattern BARE_DAY = Pattern.compile("\\b(?:el|the|on\\s+the|dia|del|do)\\s+" + DAY + "\\b"
            + NOT_A_DATE + "(?!\\s*(?:de\\s|of\\s))|\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern DAY_AFTER_TOMORROW = Pattern.compile(
            "\\b(?:(?:the\\s+)?day\\s+after\\s+tomorrow|pasado\\s+manana|depois\\s+de\\s+amanha)\\b");
    private static final Pattern TOMORROW = Pattern.compile(
            "(?<!\\b(?:la|esta|las|pela|da|cada|de\\sla|por\\sla)\\s)\\b(?:manana|amanha|tomorrow|tmrw)\\b");
    private static final Pattern TODAY = Pattern.compile(
            "\\b(?:today|tonight|hoy|hoje\\s+a\\s+noite|hoje|esta\\s+noche|esta\\s+noite)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("\\b((?:this|next|coming|este|esta|essa|proximo|proxima)"
            + "\\s+)?(" + Lexicon.WEEKDAY + ")\\b(\\s+que\\s+v(?:iene|em))?(?!\\s+(?:vez|vezes|mao|opcao))");
    private static final Pattern WEEKEND = Pattern.compile("(?<!following\\s)\\b((?:this|next|the\\s+coming|este"
            + "|esse|este\\s+proximo|proximo)\\s+)?(?:weekend|week-end|fin\\s+de\\s+semana|finde|fim\\s+de\\s+semana"
            + "|fds)\\b(\\s+que\\s+v(?:iene|em))?(?!\\s+(?:siguiente|seguinte))");
    private static final Pattern IN_PERIOD = Pattern.compile("\\b(?:in|en|dentro\\s+de|daqui\\s+a|em)\\s+("
            + Lexicon.NUMBER + ")\\s+(dias?|days?|semanas?|weeks?)\\b");
    private static final Pattern FROM_BEFORE = Pattern.compile("\\b(?:from|de)\\s+(?:the\\s+|o\\s+dia\\s+)?$");
    private static final Pattern MOVE_VERB = Pattern.compile("\\b(?:move|moved|change|reschedule|switch|push"
            + "|postpone|mover|mueve|mudar|muda|passar|passa|trocar|troca|alterar|altera)\\b");
    private static final Pattern CONNECTOR = Pattern.compile("^\\s*(?:al|a|to|-|–|until|till|through"
            + "|hasta(?:\\s+el)?|ate(?:\\s+(?:o|ao))?|ao|y|and|e|para)\\s*(?:el\\s+|the\\s+|dia\\s+|o\\s+dia\\s+)?$");

    private final String folded;
    private final LocalDate today;
    private final boolean dayFirst;
    private final List<Mention> mentions = new ArrayList<>();

    private DateFinder(String folded, LocalDate today, boolean dayFirst) {
        this.folded = folded;
        this.today = today;
        this.dayFirst = dayFirst;
    }

    /** Every date mention in {@code folded}, in text order; {@code dayFirst} decides 03/04. */
    static List<Mention> find(String folded, LocalDate today, boolean dayFirst) {
        var finder = new DateFinder(folded, today, dayFirst);
        finder.findFullDatesAndRanges();
        finder.findDayRanges();
        finder.findRelative();
        finder.mentions.sort(Comparator.comparingInt(Mention::start));
        return finder.mentions;
    }

    private void findFullDatesAndRanges() {
        var full = new ArrayList<DateSpan>();
        var monthFirst = new ArrayList<Boolean>();
        collect(DMY, m -> explicit(m.group(1), Lexicon.MONTHS.get(m.group(2)), m.group(3)), full, monthFirst, false);
        collect(MDY, m -> explicit(m.group(2), Lexicon.MONTHS.get(m.group(1)), m.group(3)), full, monthFirst, true);
        collect(ISO, m -> date(m.group(1), m.group(2), m.group(3)), full, monthFirst, false);
        collect(DASHED, this::numeric, full, monthFirst, false);
        collect(NUMERIC, this::numeric, full, monthFirst, false);
        var order = new ArrayList<Integer>();
        for (int i = 0; i < full.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> full.get(i).start()));
        DateSpan pending = null;
        for (int i : order) {
            var span = full.get(i);
            if (pending != null && CONNECTOR.matcher(folded.substring(pending.end(), span.start())).matches()) {
                var kind = isMove(pending, span) ? Kind.MOVE : Kind.RANGE;
                mentions.removeLast();
                mentions.add(new Mention(pending, span, kind));
                pending = null;
                continue;
            }
            mentions.add(withRangeAround(span, monthFirst.get(i)));
            pending = mentions.getLast().kind() == Kind.SINGLE ? span : null;
        }
    }

    private interface Resolver {
        LocalDate resolve(Matcher m);
    }

    private void collect(Pattern pattern, Resolver resolver, List<DateSpan> out, List<Boolean> monthFirst,
                         boolean isMonthFirst) {
        var m = pattern.matcher(folded);
        while (m.find()) {
            var date = resolver.resolve(m);
            if (date != null && out.stream().noneMatch(s -> overlaps(s.start(), s.end(), m.start(), m.end()))) {
                out.add(new DateSpan(m.start(), m.end(), date));
                monthFirst.add(isMonthFirst);
            }
        }
    }

    /** A day-only start before a full date ("del 3 al 5 de diciembre") or a day-only end after one (Dec 3 to 5). */
    private Mention withRangeAround(DateSpan span, boolean monthFirst) {
        var before = RANGE_PREFIX.matcher(folded.substring(Math.max(0, span.start() - 40), span.start()));
        if (before.find()) {
            int offset = Math.max(0, span.start() - 40);
            var start = dayBefore(Integer.parseInt(before.group(1)), span.date());
            if (start != null) {
                return new Mention(new DateSpan(offset + before.start(1), dayEnd(offset + before.end(1)),
                        start), span, Kind.RANGE);
            }
        }
        var after = RANGE_SUFFIX.matcher(folded.substring(span.end()));
        if (monthFirst && after.find()) {
            var end = dayAfter(Integer.parseInt(after.group(1)), span.date());
            if (end != null) {
                return new Mention(span, new DateSpan(span.end() + after.start(1),
                        dayEnd(span.end() + after.end(1)), end), Kind.RANGE);
            }
        }
        return new Mention(span, null, Kind.SINGLE);
    }

    private void findDayRanges() {
        var m = DAY_RANGE.matcher(folded);
        while (m.find()) {
            var start = dayOnly(Integer.parseInt(m.group(1)));
            var end = start == null ? null : dayAfter(Integer.parseInt(m.group(2)), start);
            if (end != null && free(m.start(1), m.end())) {
                mentions.add(new Mention(new DateSpan(m.start(1), dayEnd(m.end(1)), start),
                        new DateSpan(m.start(2), dayEnd(m.end(2)), end), Kind.RANGE));
            }
        }
        var bare = BARE_DAY.matcher(folded);
        while (bare.find()) {
            int group = bare.group(1) != null ? 1 : 2;
            var date = dayOnly(Integer.parseInt(bare.group(group)));
            if (date != null && free(bare.start(group), bare.end())) {
                single(bare.start(group), dayEnd(bare.end(group)), date);
            }
        }
    }

    private void findRelative() {
        relative(DAY_AFTER_TOMORROW, m -> today.plusDays(2));
        relative(TOMORROW, m -> today.plusDays(1));
        relative(TODAY, m -> today);
        relative(IN_PERIOD, m -> today.plusDays((long) Lexicon.number(m.group(1))
                * (m.group(2).startsWith("d") ? 1 : 7)));
        var weekday = WEEKDAY.matcher(folded);
        while (weekday.find()) {
            var day = Lexicon.WEEKDAYS.get(weekday.group(2));
            var thisWeek = weekday.group(1) != null && weekday.group(1).matches("(?:this|este|esta|essa)\\s+");
            var date = thisWeek ? today.with(TemporalAdjusters.nextOrSame(day))
                    : today.with(TemporalAdjusters.next(day));
            int end = weekday.group(3) != null ? weekday.end(3) : weekday.end(2);
            if (free(weekday.start(), end)) {
                single(weekday.start(), end, date);
            }
        }
        var weekend = WEEKEND.matcher(folded);
        while (weekend.find()) {
            var next = (weekend.group(1) != null && weekend.group(1).matches("(?:next|proximo)\\s+"))
                    || weekend.group(2) != null;
            var friday = today.getDayOfWeek() == DayOfWeek.SATURDAY && !next ? today
                    : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)).plusWeeks(next ? 1 : 0);
            int end = weekend.group(2) != null ? weekend.end(2) : weekend.end();
            if (free(weekend.start(), end)) {
                var sunday = friday.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
                mentions.add(new Mention(new DateSpan(weekend.start(), end, friday),
                        new DateSpan(weekend.start(), end, sunday), Kind.RANGE));
            }
        }
    }

    private void relative(Pattern pattern, Resolver resolver) {
        var m = pattern.matcher(folded);
        while (m.find()) {
            if (free(m.start(), m.end())) {
                single(m.start(), m.end(), resolver.resolve(m));
            }
        }
    }

    private void single(int start, int end, LocalDate date) {
        mentions.add(new Mention(new DateSpan(start, end, date), null, Kind.SINGLE));
    }

    private boolean isMove(DateSpan from, DateSpan to) {
        var before = folded.substring(Math.max(0, from.start() - 50), from.start());
        var connector = folded.substring(from.end(), to.start()).strip();
        return (connector.startsWith("to") || connector.startsWith("para")) && FROM_BEFORE.matcher(before).find()
                && MOVE_VERB.matcher(before).find();
    }

    private boolean free(int start, int end) {
        return mentions.stream().noneMatch(m -> overlaps(m.start(), m.end(), start, end));
    }

    private static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
        return aStart < bEnd && bStart < aEnd;
    }

    /** Keeps an ordinal suffix ("20th") inside the span. */
    private int dayEnd(int end) {
        var m = Pattern.compile("^(?:st|nd|rd|th|º|ª)").matcher(folded.substring(end));
        return m.find() ? end + m.end() : end;
    }

    private LocalDate explicit(String day, Integer month, String year) {
        return month == null ? null : withYear(Integer.parseInt(day), month, year);
    }

    private LocalDate numeric(Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        boolean dayFirstHere = a > 12 || (b <= 12 && dayFirst);
        return withYear(dayFirstHere ? a : b, dayFirstHere ? b : a, m.group(3));
    }

    private static LocalDate date(String year, String month, String day) {
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
    private LocalDate dayOnly(int day) {
        for (int i = 0; i < 3 && day >= 1 && day <= 31; i++) {
            var month = today.withDayOfMonth(1).plusMonths(i);
            if (day <= month.lengthOfMonth() && !month.withDayOfMonth(day).isBefore(today)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    /** The day-only end of a range starting at {@code start}: the same month, or the next if the day is smaller. */
    private static LocalDate dayAfter(int day, LocalDate start) {
        for (int i = 0; i < 2 && day >= 1 && day <= 31; i++) {
            var month = start.withDayOfMonth(1).plusMonths(i);
            if (day <= month.lengthOfMonth() && month.withDayOfMonth(day).isAfter(start)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }

    /** The day-only start of a range ending at {@code end}: the same month, or the previous if the day is larger. */
    private static LocalDate dayBefore(int day, LocalDate end) {
        for (int i = 0; i < 2 && day >= 1 && day <= 31; i++) {
            var month = end.withDayOfMonth(1).minusMonths(i);
            if (day <= month.lengthOfMonth() && month.withDayOfMonth(day).isBefore(end)) {
                return month.withDayOfMonth(day);
            }
        }
        return null;
    }
}
