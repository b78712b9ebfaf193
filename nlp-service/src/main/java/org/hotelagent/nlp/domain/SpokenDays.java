package org.hotelagent.nlp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotelagent.nlp.domain.DateMention.DateSpan;
import org.hotelagent.nlp.domain.DateMention.Kind;

/**
 * Days spelled out without their month, as voice notes transcribe them and some guests write: "del quince al
 * diecisiete", "the twelfth through the fourteenth", "make it the twentieth instead", "em vez do dois", "sair dia
 * cinco". A number word is a day only after a date has been said (it takes that date's month), since "de dos a tres"
 * alone is more often people than days; English ordinal ranges ("the twelfth through the fourteenth") stand alone,
 * and an ordinal may also take the month of a date said just after it.
 */
final class SpokenDays {

    private static final String WORD = "(" + DayWords.DAY + ")";
    /** Nouns an ordinal counts rather than dates: "the second floor", "the first night". */
    private static final String NOT_A_DAY = "(?!\\s+(?:floor|nights?|times?|persons?|people|guests?|rooms?|beds?|one"
            + "|child|kids?|adults?|weeks?|days?|options?|choice|things?|personas?|noches?|noites?|dias|pisos?"
            + "|andar|adultos?|ninos?|criancas?|horas?|hours?|de\\s|of\\s|" + Lexicon.MONTH + "))";
    private static final Pattern RANGE = Pattern.compile("\\b(?:del|de|desde\\s+el|from\\s+the|from|dia|dias"
            + "|between\\s+the|entre\\s+el|do\\s+dia|do|the|para|pra|al|to\\s+the)\\s+" + WORD
            + "\\s*\\b(?:al|a|to\\s+the|to|through\\s+the|through|until\\s+the|till\\s+the|y\\s+el|and\\s+the|ao\\s+dia"
            + "|ao|ate\\s+(?:o\\s+)?dia)\\b\\s*"
            + "(?:dia\\s+)?" + WORD + "\\b" + NOT_A_DAY);
    private static final Pattern SINGLE = Pattern.compile("\\b(?:el|the|on\\s+the|dia|del|do|instead\\s+of\\s+the"
            + "|en\\s+vez\\s+del?|en\\s+lugar\\s+del?|em\\s+vez\\s+d[eo]|ao\\s+inves\\s+d[eo])\\s+" + WORD + "\\b"
            + NOT_A_DAY);
    private static final Pattern INSTEAD_NEXT = Pattern.compile("\\s*(?:instead\\s+of|rather\\s+than|en\\s+vez\\s+de"
            + "|en\\s+lugar\\s+de|em\\s+vez\\s+de|not)(?:\\s+(?:the|el|la|o|a|dia))?\\s*");
    private static final int CONTEXT = 100;

    private SpokenDays() {
    }

    /**
     * The spelled days in {@code folded} that no mention in {@code taken} covers; {@code dayOnly} resolves a day at a
     * position in the month of the date said before it.
     */
    static List<DateMention> find(String folded, List<DateMention> taken,
                                  BiFunction<Integer, Integer, LocalDate> dayOnly) {
        var found = new ArrayList<DateMention>();
        var range = RANGE.matcher(folded);
        while (range.find()) {
            boolean ordinals = DayWords.ORDINALS.containsKey(words(range, 1))
                    && DayWords.ORDINALS.containsKey(words(range, 2));
            if ((ordinals || afterADate(taken, range.start())) && free(taken, found, range.start(1), range.end())) {
                var start = dayOnly.apply(DayWords.value(words(range, 1)), range.start(1));
                var end = start == null ? null : DateResolver.dayAfter(DayWords.value(words(range, 2)), start);
                if (end != null) {
                    found.add(new DateMention(new DateSpan(range.start(1), range.end(1), start),
                            new DateSpan(range.start(2), range.end(2), end), Kind.RANGE));
                }
            }
        }
        var single = SINGLE.matcher(folded);
        while (single.find()) {
            // "checking out on the twenty second instead of the twenty first of february": an ordinal may come first
            boolean ordinal = DayWords.ORDINALS.containsKey(words(single, 1));
            if ((afterADate(taken, single.start()) || ordinal && beforeADate(taken, single.end()))
                    && free(taken, found, single.start(1), single.end(1))) {
                var date = replacing(folded, taken, single)
                        .orElseGet(() -> dayOnly.apply(day(single), single.start(1)));
                if (date != null) {
                    found.add(new DateMention(new DateSpan(single.start(1), single.end(1), date), null, Kind.SINGLE));
                }
            }
        }
        return found;
    }

    private static String words(Matcher m, int group) {
        return m.group(group).replaceAll("[\\s-]+", " ");
    }

    private static boolean afterADate(List<DateMention> taken, int at) {
        return taken.stream().anyMatch(m -> m.end() <= at && at - m.end() < CONTEXT);
    }

    /** "the twenty second instead of the twenty first of february": the day in the month of the one it replaces. */
    private static Optional<LocalDate> replacing(String folded, List<DateMention> taken, Matcher single) {
        return taken.stream().filter(m -> m.start() >= single.end(1)).min(Comparator.comparingInt(DateMention::start))
                .filter(m -> INSTEAD_NEXT.matcher(folded.substring(single.end(1), m.start())).matches())
                .map(m -> m.first().date()).filter(date -> day(single) <= date.lengthOfMonth())
                .map(date -> date.withDayOfMonth(day(single)));
    }

    private static int day(Matcher single) {
        return DayWords.value(words(single, 1));
    }

    private static boolean beforeADate(List<DateMention> taken, int at) {
        return taken.stream().anyMatch(m -> m.start() >= at && m.start() - at < CONTEXT / 2);
    }

    private static boolean free(List<DateMention> taken, List<DateMention> found, int start, int end) {
        return taken.stream().noneMatch(m -> m.start() < end && start < m.end())
                && found.stream().noneMatch(m -> m.start() < end && start < m.end());
    }
}
