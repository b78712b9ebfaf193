package org.hotelagent.nlp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/**
 * Turns date mentions and a number of nights into {@code check_in}, {@code check_out} and {@code nights} entities: the
 * first current mention not said as a departure is the stay, a departure ("salimos el domingo", "until Sunday") or a
 * later single date its check-out, nights derive a missing check-out, and a mention the guest corrects ("del 10 al
 * 17... no, del 12 al 19", "move it from Dec 10 to Dec 17") is {@code previous} in the slot of its replacement.
 */
final class StayDates {

    static final String PREVIOUS = "previous";

    /** Not "una noche más", "mais uma noite": nights added to a booking, not the stay's length. */
    private static final Pattern NIGHTS = Pattern.compile("(?<!\\bmais\\s)\\b(" + Lexicon.NUMBER
            + ")\\s+(?:noches?|nights?|noites?|nts|diarias?)\\b(?!\\s+(?:mas|more|extra|a\\s+mais|adicional))");
    /** "for a week", "una semana en agosto"; not "in a week", "daqui a uma semana" (a date, not a length). */
    private static final Pattern WEEK = Pattern.compile("(?<!\\b(?:in|en|em|a|de|within|hace|ha|faz)\\s)"
            + "\\b(?:a|one|una|uma)\\s+(?:week|semana)\\b(?!\\s+(?:ago|atras))");
    /** "80€ per night" is no stay length; "x 2 noches" is ("for two nights"). */
    private static final Pattern PER_NIGHT = Pattern.compile("\\b(?:per|each|cada)\\s+$");

    private StayDates() {
    }

    static List<Entity> entities(String text, String folded, List<DateMention> mentions) {
        var entities = new ArrayList<Entity>();
        var current = new ArrayList<DateMention>();
        var corrected = new ArrayList<Integer>();
        for (int i = 0; i < mentions.size(); i++) {
            var mention = mentions.get(i);
            if (ChangeWords.isCorrected(folded, mentions, i)) {
                corrected.add(i);
            } else if (mention.kind() == DateMention.Kind.MOVE) {
                var slot = ChangeWords.changesDeparture(folded, mention.start(), mention.end()) ? EntityType.check_out
                        : EntityType.check_in;
                add(entities, text, mention.first(), slot, PREVIOUS);
                add(entities, text, mention.second(), slot, null);
                return withNights(entities, text, folded);
            } else {
                current.add(mention);
            }
        }
        var slots = stay(text, folded, current, entities);
        for (int i : corrected) {
            var mention = mentions.get(i);
            // "X en vez de Y": Y takes X's slot; "Y, no, X" or "en vez de Y, X": the next one's
            int by = i > 0 && ChangeWords.isInstead(folded, mention) ? i - 1 : i + 1;
            var slot = by < mentions.size() ? slots.get(mentions.get(by)) : null;
            add(entities, text, mention.first(), slot != null ? slot : EntityType.check_in, PREVIOUS);
            if (mention.second() != null) {
                add(entities, text, mention.second(), EntityType.check_out, PREVIOUS);
            }
        }
        return withNights(entities, text, folded);
    }

    /**
     * The stay from the current mentions: the first one not said as a departure is the check-in, and its own end, a
     * departure or a later single date the check-out. Answers the slot each single mention took.
     */
    private static Map<DateMention, EntityType> stay(String text, String folded, List<DateMention> current,
                                                     List<Entity> entities) {
        var slots = new HashMap<DateMention, EntityType>();
        // A range is the stay before any single date ("para el puente del 8, del 5 al 8")
        var arrival = current.stream().filter(m -> m.kind() == DateMention.Kind.RANGE).findFirst()
                .or(() -> current.stream().filter(m -> !ChangeWords.isDeparture(folded, m)).findFirst());
        arrival.ifPresent(m -> {
            add(entities, text, m.first(), EntityType.check_in, null);
            slots.put(m, EntityType.check_in);
        });
        if (arrival.isPresent() && arrival.get().second() != null) {
            add(entities, text, arrival.get().second(), EntityType.check_out, null);
            return slots;
        }
        var after = arrival.map(m -> m.first().date()).orElse(LocalDate.MIN);
        current.stream().filter(m -> m.second() == null && m.first().date().isAfter(after))
                .filter(m -> arrival.isEmpty() || m != arrival.get())
                .min(Comparator.comparing((DateMention m) -> !ChangeWords.isDeparture(folded, m))
                        .thenComparingInt(DateMention::start))
                .ifPresent(m -> {
                    add(entities, text, m.first(), EntityType.check_out, null);
                    slots.put(m, EntityType.check_out);
                });
        return slots;
    }


    private static List<Entity> withNights(List<Entity> entities, String text, String folded) {
        var m = NIGHTS.matcher(folded);
        int start;
        int end;
        int nights;
        if (m.find() && Lexicon.number(m.group(1)) > 0 && !PER_NIGHT.matcher(folded.substring(0, m.start())).find()
                && !Set.of("a", "an").contains(m.group(1))) {
            start = m.start();
            end = m.end();
            nights = Lexicon.number(m.group(1));
        } else {
            var week = WEEK.matcher(folded);
            if (!week.find()) {
                return entities;
            }
            start = week.start();
            end = week.end();
            nights = 7;
        }
        entities.add(new Entity(EntityType.nights, start, end, text.substring(start, end), String.valueOf(nights),
                null, null));
        var checkIn = entities.stream().filter(e -> e.type() == EntityType.check_in && e.role() == null).findFirst();
        var hasCheckOut = entities.stream().anyMatch(e -> e.type() == EntityType.check_out && e.role() == null);
        if (checkIn.isPresent() && !hasCheckOut) {
            var out = LocalDate.parse(checkIn.get().value()).plusDays(nights);
            entities.add(new Entity(EntityType.check_out, start, end, text.substring(start, end), out.toString(),
                    null, null));
        }
        return entities;
    }

    private static void add(List<Entity> entities, String text, DateMention.DateSpan span, EntityType type,
                            String role) {
        entities.add(new Entity(type, span.start(), span.end(), text.substring(span.start(), span.end()),
                span.date().toString(), null, role));
    }
}
