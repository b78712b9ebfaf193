package org.hotelagent.nlp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** The weekday the guest booked on, not a stay date: "I booked on Monday", "fiz a reserva segunda". */
    private static final Pattern BOOKED_ON = Pattern.compile("\\b(?:booked|reserved|made\\s+(?:the|my|a|our)"
            + "\\s+(?:booking|reservation)|(?:fiz|fizemos)\\s+(?:a|uma)\\s+reserva|reservei"
            + "|(?:hice|hicimos)\\s+(?:la|una)\\s+reserva)(?:\\s+it)?(?:\\s+(?:on|el|na|no|em|a|o|last))?\\s*$");

    private StayDates() {
    }

    static List<Entity> entities(String text, String folded, List<DateMention> said) {
        var mentions = said.stream().filter(m -> !bookedOn(folded, m)).toList();
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
                // "mover mi llegada del 24 al 26; la salida sigue siendo el 29": the other end, as it stays
                for (var other : mentions) {
                    var kept = other.second() == null ? ChangeWords.keptEnd(folded, other) : null;
                    if (kept != null && kept != slot) {
                        add(entities, text, other.first(), kept, null);
                    }
                }
                return StayNights.withNights(entities, text, folded);
            } else {
                current.add(mention);
            }
        }
        replacedStay(folded, current).ifPresent(stay -> {
            current.remove(stay);
            add(entities, text, stay.first(), EntityType.check_in, PREVIOUS);
            add(entities, text, stay.second(), EntityType.check_out, PREVIOUS);
        });
        var slots = stay(text, folded, current, entities);
        for (int i : corrected) {
            var mention = mentions.get(i);
            // "X en vez de Y": Y takes X's slot; "Y, no, X" or "en vez de Y, X": the next one's
            int by = i > 0 && ChangeWords.isInstead(folded, mention) ? i - 1 : i + 1;
            var end = mention.second() == null ? ChangeWords.replacedEnd(folded, mention) : null;
            var slot = end != null ? end : by < mentions.size() ? slots.get(mentions.get(by)) : null;
            if (mention.second() == null) {
                add(entities, text, mention.first(), slot != null ? slot : EntityType.check_in, PREVIOUS);
            } else if (slot == null || mentions.get(by).second() != null || bothEnds(entities)) {
                add(entities, text, mention.first(), EntityType.check_in, PREVIOUS);
                add(entities, text, mention.second(), EntityType.check_out, PREVIOUS);
            } else {
                // "tenía del 30/12 al 2/1 pero llego el 31": one end replaced, the other kept
                boolean arrival = slot == EntityType.check_in;
                add(entities, text, arrival ? mention.first() : mention.second(), slot, PREVIOUS);
                var other = arrival ? EntityType.check_out : EntityType.check_in;
                if (entities.stream().noneMatch(e -> e.type() == other && e.role() == null)) {
                    add(entities, text, arrival ? mention.second() : mention.first(), other, null);
                }
            }
        }
        return StayNights.withNights(entities, text, folded);
    }

    /**
     * The stay from the current mentions: the first one not said as a departure is the check-in, and its own end, a
     * departure or a later single date the check-out. Answers the slot each single mention took.
     */
    private static Map<DateMention, EntityType> stay(String text, String folded, List<DateMention> current,
                                                     List<Entity> entities) {
        var slots = new HashMap<DateMention, EntityType>();
        // A range is the stay before any single date ("para el puente del 8, del 5 al 8")
        var arrival = current.stream().filter(m -> m.kind() == DateMention.Kind.RANGE)
                // "el finde largo del 9 de julio? seríamos del 8 al 11": the days said win over the weekend's
                .min(Comparator.comparing((DateMention m) -> m.first().start() == m.second().start()))
                .or(() -> current.stream().filter(m -> ChangeWords.isArrival(folded, m)).findFirst())
                .or(() -> current.stream().filter(m -> !ChangeWords.isDeparture(folded, m)).findFirst());
        arrival.ifPresent(m -> {
            add(entities, text, m.first(), EntityType.check_in, null);
            slots.put(m, EntityType.check_in);
        });
        if (arrival.isPresent() && arrival.get().second() != null) {
            var end = arrival.get().second();
            // "tengo del 27 al 30, ¿podemos quedarnos hasta el 2?": a departure said later replaces the range's end
            var later = current.stream().filter(m -> m.second() == null && ChangeWords.isDeparture(folded, m))
                    .filter(m -> m.first().date().isAfter(arrival.get().first().date())
                            && !m.first().date().equals(end.date()))
                    .findFirst();
            if (later.isPresent() && ChangeWords.isChange(folded)) {
                add(entities, text, end, EntityType.check_out, PREVIOUS);
            }
            add(entities, text, later.map(DateMention::first).orElse(end), EntityType.check_out, null);
            later.ifPresent(m -> slots.put(m, EntityType.check_out));
            return slots;
        }
        var after = arrival.map(m -> m.first().date()).orElse(LocalDate.MIN);
        var later = current.stream().filter(m -> m.second() == null && m.first().date().isAfter(after))
                .filter(m -> arrival.isEmpty() || m != arrival.get()).toList();
        var departures = later.stream().filter(m -> ChangeWords.isDeparture(folded, m)).toList();
        if (departures.size() > 1 && ChangeWords.isChange(folded)) {
            // "el check-out en 29/12, pero necesitamos extender hasta 02/01": the first was booked, the last is new
            add(entities, text, departures.getFirst().first(), EntityType.check_out, PREVIOUS);
            add(entities, text, departures.getLast().first(), EntityType.check_out, null);
            slots.put(departures.getLast(), EntityType.check_out);
            return slots;
        }
        later.stream().min(Comparator.comparing((DateMention m) -> !ChangeWords.isDeparture(folded, m))
                        .thenComparingInt(DateMention::start))
                .ifPresent(m -> {
                    add(entities, text, m.first(), EntityType.check_out, null);
                    slots.put(m, EntityType.check_out);
                });
        return slots;
    }


    /**
     * Two stays in a message that changes a booking: the one booked is the one said as what it was ("antes era del 21
     * al 25", "instead of ..."), else the first ("ya no es del 12 al 15 sino del 26 al 1").
     */
    private static Optional<DateMention> replacedStay(String folded, List<DateMention> current) {
        var ranges = current.stream().filter(m -> m.kind() == DateMention.Kind.RANGE).toList();
        if (ranges.size() < 2 || !ChangeWords.isChange(folded)) {
            return Optional.empty();
        }
        return ranges.stream().filter(m -> ChangeWords.isInstead(folded, m)).findFirst()
                .or(() -> Optional.of(ranges.getFirst()));
    }

    /** "arrive on the 14th and depart on the 17th, rather than 12-15": the new stay has both its ends. */
    private static boolean bothEnds(List<Entity> entities) {
        return entities.stream().anyMatch(e -> e.type() == EntityType.check_in && e.role() == null)
                && entities.stream().anyMatch(e -> e.type() == EntityType.check_out && e.role() == null);
    }

    private static boolean bookedOn(String folded, DateMention mention) {
        if (mention.kind() != DateMention.Kind.SINGLE) {
            return false;
        }
        var words = folded.substring(mention.start(), mention.end()).split("[\\s-]");
        return Arrays.stream(words).anyMatch(Lexicon.WEEKDAYS::containsKey)
                && BOOKED_ON.matcher(folded.substring(Math.max(0, mention.start() - 40), mention.start())).find();
    }

    private static void add(List<Entity> entities, String text, DateMention.DateSpan span, EntityType type,
                            String role) {
        entities.add(new Entity(type, span.start(), span.end(), text.substring(span.start(), span.end()),
                span.date().toString(), null, role));
    }
}
