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
            + ")\\s+(?:noches?|nights?|noites?|nts)\\b(?!\\s+(?:mas|more|extra|a\\s+mais|adicional))");
    /** A date said as the day of leaving: "salimos el domingo", "checking out on the 14th", "até dia 3". */
    private static final Pattern DEPARTURE = Pattern.compile("\\b(?:salida|salimos|saldremos|salgo|nos\\s+vamos"
            + "|me\\s+voy|nos\\s+iremos|check[\\s-]?out|checking\\s+out|leaving|leave|departing|departure|depart"
            + "|saldriamos|saldria|nos\\s+iriamos|we'd\\s+leave|would\\s+leave|sairiamos|sairia"
            + "|saida|saimos|sairemos|saio|sair|salir|vamos\\s+embora|hasta|until|till|ate)\\b[\\s:,]*"
            + "(?:(?:el|the|on|o|a|dia|em|na|no|is|now|es|e|sera|seria|fica|para|will\\s+be|be)\\b[\\s:,]*)*$");
    /** "for a week", "una semana en agosto"; not "in a week", "daqui a uma semana" (a date, not a length). */
    private static final Pattern WEEK = Pattern.compile("(?<!\\b(?:in|en|em|a|de|within|hace|ha|faz)\\s)"
            + "\\b(?:a|one|una|uma)\\s+(?:week|semana)\\b(?!\\s+(?:ago|atras))");
    /** "80€ per night" is no stay length; "x 2 noches" is ("for two nights"). */
    private static final Pattern PER_NIGHT = Pattern.compile("\\b(?:per|each|cada)\\s+$");
    private static final Pattern CORRECTION = Pattern.compile("\\b(?:no|nao|not|actually|i\\s+mean|sorry|perdon|perdao"
            + "|mejor|quiero\\s+decir|quer\\s+dizer|digo|wait|espera|rectifico|corrijo|alias|meant|should\\s+be"
            + "|should\\s+have\\s+been|deberia\\s+(?:ser|haber\\s+sido)|devia\\s+(?:ser|ter\\s+sido)"
            + "|en\\s+realidad|na\\s+verdade|in\\s+fact|quise\\s+decir|quis\\s+dizer"
            + "|(?:pero|but|mas)\\s+(?:es|son|era|eran|seria|it's|its|it\\s+is|it\\s+was|e|sao|eram|seria))\\b");
    /** A guest moving a whole stay: "mover mi reserva del 3-5/12 al 10-12/12", "change it from ... to ...". */
    private static final Pattern RANGE_MOVE = Pattern.compile("^\\s*(?:al|a|to|para|por|pro|pra|for)\\s+"
            + "(?:el\\s+|the\\s+|o\\s+)?$");
    /** What comes before the value a guest is replacing: "en vez de", "instead of", "e não", "not". */
    static final String INSTEAD_WORDS = "instead\\s+of|rather\\s+than|en\\s+vez\\s+de|en\\s+lugar\\s+de"
            + "|em\\s+vez\\s+d[eoa]|ao\\s+inves\\s+d[eoa]|no\\s+lugar\\s+d[eoa]|(?:y|e|and)\\s+(?:no|nao)|not"
            + "|ya\\s+no|ja\\s+nao|no\\s+longer";
    /** "en vez de salir el", "instead of arriving on": the verb of the date being replaced. */
    private static final String REPLACED_VERB = "(?:\\s+(?:salir|llegar|entrar|irnos|sair|chegar|entrar|leaving"
            + "|arriving|checking\\s+out|checking\\s+in))?";
    /** What the booking said before: "la teníamos para el viernes", "era sexta", "we had it for Friday". */
    private static final String WAS = "(?:l[ao]\\s+)?(?:teniamos|tenia)\\s+para|(?:a\\s+|o\\s+)?(?:tinhamos|tinha)"
            + "\\s+(?:para|pra|pro)|estaba\\s+para|estava\\s+(?:para|pra|pro)|era\\s+(?:para|pra|pro)"
            + "|(?:we\\s+)?had\\s+it\\s+(?:booked\\s+)?for|was\\s+booked\\s+for|(?:^|[.?!,;]\\s*)era";
    private static final Pattern WAS_BEFORE = Pattern.compile("\\b(?:" + WAS
            + ")(?:l|\\s+(?:la|el|o|a|the|dia|on(?:\\s+the)?))?\\s*$");
    static final Pattern INSTEAD = Pattern.compile("(?:\\b(?:" + INSTEAD_WORDS + ")" + REPLACED_VERB + "|\\b(?:" + WAS
            + "))(?:l|\\s+(?:la|el|o|a|the|dia|on(?:\\s+the)?))?\\s*$");
    /** The day of leaving is what the guest talks about. */
    private static final Pattern DEPARTURE_TOPIC = Pattern.compile("\\b(?:fecha\\s+de\\s+salida|la\\s+salida"
            + "|check[\\s-]?out|departure|data\\s+de\\s+saida|a\\s+saida|a\\s+partida|prolongar|alargar|extend|ampliar"
            + "|leave\\s+(?:a\\s+day\\s+)?(?:later|earlier|early)|salir\\s+(?:un\\s+dia\\s+)?(?:mas\\s+tarde|antes|despues)"
            + "|sair\\s+(?:um\\s+dia\\s+)?(?:mais\\s+tarde|mais\\s+cedo|antes|depois))\\b");
    private static final Pattern ARRIVAL_TOPIC = Pattern.compile("\\b(?:llegada|llegamos|llegar|entrada|arrival"
            + "|arrive|arriving|check[\\s-]?in|chegada|chegamos|chegar)\\b");
    /** A change, not a new stay: "cambiar", "move", "en vez de", "prolongar". */
    private static final Pattern CHANGE = Pattern.compile(DatePatterns.MOVE_VERB.pattern() + "|\\b(?:"
            + INSTEAD_WORDS + "|prolongar|alargar|extend|ampliar)\\b");

    private StayDates() {
    }

    static List<Entity> entities(String text, String folded, List<DateMention> mentions) {
        var entities = new ArrayList<Entity>();
        var current = new ArrayList<DateMention>();
        var corrected = new ArrayList<Integer>();
        for (int i = 0; i < mentions.size(); i++) {
            var mention = mentions.get(i);
            if (isCorrected(folded, mentions, i)) {
                corrected.add(i);
            } else if (mention.kind() == DateMention.Kind.MOVE) {
                var slot = changesDeparture(folded) ? EntityType.check_out : EntityType.check_in;
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
            int by = i > 0 && isInstead(folded, mention) ? i - 1 : i + 1;
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
                .or(() -> current.stream().filter(m -> !isDeparture(folded, m)).findFirst());
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
                .min(Comparator.comparing((DateMention m) -> !isDeparture(folded, m))
                        .thenComparingInt(DateMention::start))
                .ifPresent(m -> {
                    add(entities, text, m.first(), EntityType.check_out, null);
                    slots.put(m, EntityType.check_out);
                });
        return slots;
    }

    private static boolean isDeparture(String folded, DateMention mention) {
        return mention.kind() == DateMention.Kind.SINGLE
                && (DEPARTURE.matcher(folded.substring(Math.max(0, mention.start() - 30), mention.start())).find()
                || changesDeparture(folded));
    }

    /** The guest changes the day of leaving only: "cambiar la salida del domingo al lunes", "extend until the 9th". */
    static boolean changesDeparture(String folded) {
        return DEPARTURE_TOPIC.matcher(folded).find() && !ARRIVAL_TOPIC.matcher(folded).find()
                && CHANGE.matcher(folded).find();
    }

    /** The guest changes one end of the stay only, the arrival or the departure. */
    static boolean changesOneEnd(String folded) {
        return (DEPARTURE_TOPIC.matcher(folded).find() != ARRIVAL_TOPIC.matcher(folded).find())
                && CHANGE.matcher(folded).find();
    }

    private static boolean isInstead(String folded, DateMention mention) {
        return INSTEAD.matcher(before(folded, mention)).find();
    }

    private static String before(String folded, DateMention mention) {
        return folded.substring(Math.max(0, mention.start() - 25), mention.start());
    }

    private static boolean isCorrected(String folded, List<DateMention> mentions, int i) {
        var mention = mentions.get(i);
        if (isInstead(folded, mention)) {
            // "cancelar la reserva, era para el 31": what the booking said, with nothing replacing it, is current
            return mentions.size() > 1 || !WAS_BEFORE.matcher(before(folded, mention)).find();
        }
        if (i + 1 >= mentions.size() || mention.kind() != mentions.get(i + 1).kind()
                || isInstead(folded, mentions.get(i + 1))) {
            return false;
        }
        var between = folded.substring(mention.end(), mentions.get(i + 1).start());
        return CORRECTION.matcher(between).find() || (mention.kind() == DateMention.Kind.RANGE
                && RANGE_MOVE.matcher(between).find()
                && DatePatterns.MOVE_VERB.matcher(folded.substring(Math.max(0, mention.start() - 50),
                mention.start())).find());
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
