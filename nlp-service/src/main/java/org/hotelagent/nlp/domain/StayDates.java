package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/**
 * Turns date mentions and a number of nights into {@code check_in}, {@code check_out} and {@code nights} entities: the
 * first current mention is the stay, a later single date its check-out, nights derive a missing check-out, and a
 * mention the guest corrects ("del 10 al 17... no, del 12 al 19", "move it from Dec 10 to Dec 17") is
 * {@code previous}.
 */
final class StayDates {

    static final String PREVIOUS = "previous";

    private static final Pattern NIGHTS = Pattern.compile("\\b(" + Lexicon.NUMBER
            + ")\\s+(?:noches?|nights?|noites?|nts)\\b");
    private static final Pattern WEEK = Pattern.compile(
            "\\b(?:for|por|durante)\\s+(?:a|one|una|uma)\\s+(?:week|semana)\\b");
    private static final Pattern PER_NIGHT = Pattern.compile("\\b(?:per|x|each|cada)\\s+$");
    private static final Pattern CORRECTION = Pattern.compile("\\b(?:no|nao|not|actually|i\\s+mean|sorry|perdon|perdao"
            + "|mejor|quiero\\s+decir|quer\\s+dizer|digo|wait|espera|rectifico|corrijo)\\b");
    private static final Pattern INSTEAD = Pattern.compile("\\b(?:instead\\s+of|rather\\s+than|en\\s+vez\\s+de"
            + "|en\\s+lugar\\s+de|em\\s+vez\\s+de|ao\\s+inves\\s+de|no\\s+lugar\\s+de)"
            + "(?:l|\\s+(?:la|el|o|a|the))?\\s*$");

    private StayDates() {
    }

    static List<Entity> entities(String text, String folded, List<DateMention> mentions) {
        var entities = new ArrayList<Entity>();
        var current = new ArrayList<DateMention>();
        for (int i = 0; i < mentions.size(); i++) {
            var mention = mentions.get(i);
            if (isCorrected(folded, mentions, i)) {
                add(entities, text, mention.first(), EntityType.check_in, PREVIOUS);
                if (mention.second() != null) {
                    add(entities, text, mention.second(), EntityType.check_out, PREVIOUS);
                }
            } else if (mention.kind() == DateMention.Kind.MOVE) {
                add(entities, text, mention.first(), EntityType.check_in, PREVIOUS);
                add(entities, text, mention.second(), EntityType.check_in, null);
                return withNights(entities, text, folded);
            } else {
                current.add(mention);
            }
        }
        if (!current.isEmpty()) {
            var stay = current.getFirst();
            add(entities, text, stay.first(), EntityType.check_in, null);
            if (stay.second() != null) {
                add(entities, text, stay.second(), EntityType.check_out, null);
            } else {
                current.stream().skip(1).filter(m -> m.second() == null)
                        .filter(m -> m.first().date().isAfter(stay.first().date())).findFirst()
                        .ifPresent(m -> add(entities, text, m.first(), EntityType.check_out, null));
            }
        }
        return withNights(entities, text, folded);
    }

    private static boolean isCorrected(String folded, List<DateMention> mentions, int i) {
        var mention = mentions.get(i);
        if (INSTEAD.matcher(folded.substring(Math.max(0, mention.start() - 25), mention.start())).find()) {
            return true;
        }
        return i + 1 < mentions.size() && mention.kind() == mentions.get(i + 1).kind()
                && CORRECTION.matcher(folded.substring(mention.end(), mentions.get(i + 1).start())).find();
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
            var out = java.time.LocalDate.parse(checkIn.get().value()).plusDays(nights);
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
