package org.hotelagent.nlp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/**
 * The stay's length for {@link StayDates}: {@code nights} ("3 noches", "a week") and the check-out it gives a known
 * check-in; and when the guest changes the length ("two nights... make that three", "em vez de 5 noites fico só 3",
 * "5 noches del 8... saldría el 12"), the old length and its check-out as {@code previous}.
 */
final class StayNights {

    /** Not "una noche más", "mais uma noite": nights added to a booking, not the stay's length. */
    private static final Pattern NIGHTS = Pattern.compile("(?<!\\bmais\\s)\\b(" + Lexicon.NUMBER
            + ")\\s+(?:(?:sola|so|single)\\s+)?(?:noches?|nights?|noites?|nts|diarias?)\\b"
            + "(?!\\s+(?:mas|more|extra|a\\s+mais|adicional))");
    /** "for a week", "una semana en agosto"; not "in a week", "já passou uma semana", "uma semana para a frente". */
    private static final Pattern WEEK = Pattern.compile("(?=\\b(?:a|one|una|uma)\\s)"
            + "(?<!\\b(?:in|en|em|a|de|within|hace|ha|faz|back|forward"
            + "|reserva|passou|paso|been|after|over)\\s)"
            + "\\b(?:a|one|una|uma)\\s+(?:week|semana)\\b(?!\\s+(?:ago|atras|para\\s+(?:a\\s+frente|tras)|later|earlier"
            + "|forward|back|antes|despues|depois|mas\\s+tarde|mais\\s+tarde))");
    /** "80€ per night" is no stay length; "x 2 noches" is ("for two nights"). */
    private static final Pattern PER_NIGHT = Pattern.compile("\\b(?:per|each|cada)\\s+$");
    /** "quitar una noche", "add 2 nights": nights taken from or added to a booking, not its length. */
    private static final Pattern DELTA = Pattern.compile("\\b(?:quitar|quitarle|quitamos|tirar|remove|drop|add"
            + "|agregar|anadir|sumar|adicionar|acrescentar|by)\\s+$");
    private static final String COUNT = "\\s+(" + Lexicon.NUMBER
            + ")\\b(?!\\s*(?:de\\s|of\\s|[/.:]\\d|am\\b|pm\\b|h\\b))";
    /** The length the guest leaves: "instead of 4", "en vez de 3". */
    private static final Pattern OLD_COUNT = Pattern.compile("\\b(?:instead\\s+of|rather\\s+than|en\\s+vez\\s+de"
            + "|en\\s+lugar\\s+de|em\\s+vez\\s+de|ao\\s+inves\\s+de)" + COUNT);
    /** The length changed in one step: "de 2 a 3 noches", "from 4 to 5 nights". */
    private static final Pattern FROM_LENGTH = Pattern.compile("\\b(?:de|from|do)\\s+(" + Lexicon.NUMBER
            + ")\\s+(?:a|to|para|pra)\\s+(?=(?:" + Lexicon.NUMBER + ")\\s+(?:noches|nights|noites)\\b)");
    /** The length the guest now wants, said without "nights": "only need 2", "fico só 3". */
    private static final Pattern NEW_COUNT = Pattern.compile("\\b(?:only\\s+need|only\\s+want|just\\s+need"
            + "|make\\s+(?:it|that)|fico\\s+(?:so|apenas)|ficamos\\s+(?:so|apenas)|me\\s+quedo|nos\\s+quedamos"
            + "|solo\\s+(?:necesito|necesitamos|quiero|queremos))" + COUNT);

    private record Count(int start, int end, int nights) {
    }

    private StayNights() {
    }

    static List<Entity> withNights(List<Entity> entities, String text, String folded) {
        var said = said(folded);
        if (said.isEmpty()) {
            return entities;
        }
        Count current = said.getFirst();
        Count previous = null;
        if (said.size() > 1 && said.get(1).nights() != current.nights() && ChangeWords.isChange(folded)) {
            // two lengths: the guest changes it, from the first unless the second is what is left ("instead of")
            boolean secondLeft = ChangeWords.INSTEAD.matcher(folded.substring(0, said.get(1).start())).find();
            current = secondLeft ? said.getFirst() : said.get(1);
            previous = secondLeft ? said.get(1) : said.getFirst();
        } else {
            var length = current;
            var old = bare(OLD_COUNT, folded, length).or(() -> bare(FROM_LENGTH, folded, length));
            var wanted = bare(NEW_COUNT, folded, current);
            if (old.isPresent()) {
                previous = old.get();
            } else if (wanted.isPresent()) {
                previous = current;
                current = wanted.get();
            }
        }
        var checkIn = find(entities, EntityType.check_in);
        var checkOut = find(entities, EntityType.check_out);
        if (previous == null && checkIn.isPresent() && checkOut.isPresent() && ChangeWords.isChange(folded)
                && !date(checkIn.get()).plusDays(current.nights()).equals(date(checkOut.get()))) {
            // "5 noches a partir del 8... saldría el 12": the length said is the booking's, the date the new end
            previous = current;
            current = null;
        }
        for (var count : new Count[] {current, previous}) {
            if (count == null) {
                continue;
            }
            String role = count == previous ? StayDates.PREVIOUS : null;
            var span = text.substring(count.start(), count.end());
            entities.add(new Entity(EntityType.nights, count.start(), count.end(), span,
                    String.valueOf(count.nights()), null, role));
            if (checkIn.isPresent() && (role != null || checkOut.isEmpty())) {
                var out = date(checkIn.get()).plusDays(count.nights());
                entities.add(new Entity(EntityType.check_out, count.start(), count.end(), span, out.toString(), null,
                        role));
            }
        }
        return entities;
    }

    /** The lengths said with their unit, in text order, or a week. */
    private static List<Count> said(String folded) {
        var counts = new ArrayList<Count>();
        var m = NIGHTS.matcher(folded);
        while (m.find()) {
            var before = folded.substring(Math.max(0, m.start() - 40), m.start());
            if (Lexicon.number(m.group(1)) > 0 && !PER_NIGHT.matcher(before).find()
                    && !DELTA.matcher(before).find() && !Set.of("a", "an").contains(m.group(1))) {
                counts.add(new Count(m.start(), m.end(), Lexicon.number(m.group(1))));
            }
        }
        var week = WEEK.matcher(folded);
        if (week.find()) {
            counts.add(new Count(week.start(), week.end(), 7));
            counts.sort(Comparator.comparingInt(Count::start));
        }
        return counts;
    }

    private static Optional<Count> bare(Pattern pattern, String folded, Count said) {
        var m = pattern.matcher(folded);
        while (m.find()) {
            int nights = Lexicon.number(m.group(1));
            if (nights > 0 && (m.end(1) <= said.start() || m.start(1) >= said.end())) {
                return Optional.of(new Count(m.start(1), m.end(1), nights));
            }
        }
        return Optional.empty();
    }

    private static Optional<Entity> find(List<Entity> entities, EntityType type) {
        return entities.stream().filter(e -> e.type() == type && e.role() == null).findFirst();
    }

    private static LocalDate date(Entity entity) {
        return LocalDate.parse(entity.value());
    }
}
