package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/** Finds who is staying ({@code adults}, {@code children}, from digits or words) and the {@code room_type}. */
final class StayDetailsFinder {

    private static final String N = "\\b(" + Lexicon.NUMBER + ")\\s+";
    private static final Pattern ADULTS = Pattern.compile(N + "(?:adultos?|adults?|personas?|people|persons?"
            + "|pessoas?|huespedes|guests?|hospedes|pax|ppl)\\b");
    private static final Pattern GROUP = Pattern.compile("\\b(?:somos|seremos|we\\s+are|we're|we'll\\s+be|vamos\\s+a"
            + "\\s+ser|vamos\\s+ser)\\s+(" + Lexicon.NUMBER + ")\\b"
            + "(?!\\s*(?:noches|nights|noites|ninos|kids|criancas|casal|pareja"
            + "|couple|familia|family|grupo|group|empresa|company))");
    /** Someone to talk to, not a guest: "hablar con una persona", "me passa pra uma pessoa". */
    private static final Pattern TALKING_TO = Pattern.compile("(?i)\\b(?:con|com|with)\\s+$"
            + "|\\b(?:hablar|falar|talk|speak"
            + "|passa|passe|pasame|pasa|transfer|put\\s+me)\\b[^.?!]{0,20}$");
    private static final Pattern CHILDREN = Pattern.compile(N + "(?:ninos?|ninas?|kids?|children|child|criancas?"
            + "|hijos?|filhos?|nenes?|bebes?|babies|baby|menores|chicos|peques|miudos|meninos)\\b"
            + "(?!\\s+(?:cots?|cribs?|beds?|chairs?|food"
            + "|monitor|bath))");
    /** Not "trocar o solteiro por um casal", a double room. */
    private static final Pattern COUPLE = Pattern.compile("\\b(?:pareja|couple(?!\\s+of)"
            + "|(?<!\\bpor\\s)(?:um|somos|sou|de\\s+um)\\s+casal"
            + "|my\\s+(?:wife|husband|partner)\\s+and\\s+i|mi\\s+(?:mujer|marido|esposa|esposo|pareja)\\s+y\\s+yo"
            + "|eu\\s+e\\s+(?:a\\s+)?minha\\s+(?:esposa|mulher)|eu\\s+e\\s+(?:o\\s+)?meu\\s+(?:marido|esposo)"
            + "|me\\s+and\\s+(?:a|my)\\s+(?:colleague|friend|coworker|partner|boss)"
            + "|yo\\s+y\\s+(?:un|una|mi)\\s+(?:amig[oa]|companer[oa]|colega|jefe)"
            + "|eu\\s+e\\s+(?:um|uma|meu|minha|o\\s+meu|a\\s+minha)\\s+(?:amig[oa]|colega|chefe))\\b");
    /** A guest travelling alone: "solo yo", "just me", "é só eu". */
    private static final Pattern ALONE = Pattern.compile("\\b(?:sol[oa]\\s+yo|solamente\\s+yo|yo\\s+sol[oa]"
            + "|just\\s+me|only\\s+me|just\\s+myself|(?:e\\s+)?so\\s+eu|somente\\s+eu|apenas\\s+eu"
            + "|travel(?:l)?ing\\s+alone|viajo\\s+sol[oa]|sozinh[oa])\\b");
    /** Between a count and the one that corrects it: "puse 2 adultos pero al final vamos a ser 3". */
    private static final Pattern RECOUNT = Pattern.compile("\\b(?:pero|but|mas|al\\s+final|na\\s+verdade"
            + "|en\\s+realidad|actually|now|ahora|agora|finalmente|afinal)\\b|^\\s*(?:a|to|para|pra)\\s*$");
    /** "agregar una persona más", "add a child": guests added to a booking, not how many stay. */
    private static final Pattern ADDED = Pattern.compile("\\b(?:agregar|agregamos|anadir|sumar|adicionar"
            + "|acrescentar|add|adding|incluir|include)\\s+$");
    private static final Pattern FAMILY_OF = Pattern.compile("\\b(?:family\\s+of|familia\\s+de)\\s+("
            + Lexicon.NUMBER + ")\\b");
    private static final List<RoomPattern> ROOMS = List.of(
            // not an "en-suite" or "en suite bathroom" ("la noche en suite" is one)
            new RoomPattern("suite", Pattern.compile("(?=suite)(?<!\\ben-)\\b(suites?)\\b"
                    + "(?!\\s+(?:bathrooms?|baths?|showers?|facilities))")),
            new RoomPattern("twin", Pattern.compile("\\b(twin|dos\\s+camas|duas\\s+camas|two\\s+beds"
                    + "|(?:2|two)\\s+single\\s+beds"
                    + "|camas\\s+separadas|separate\\s+beds)\\b")),
            new RoomPattern("family", Pattern.compile("\\b(family\\s+(?:rooms?|one)"
                    + "|(?<!\\b(?:problema|asunto|motivo|emergencia"
                    + "|tema|evento|reunion|ambiente)\\s)familiar(?:es)?|(?<=quarto\\s)familia"
                    + "|(?<=quarto\\sde\\s)familia)\\b")),
            new RoomPattern("double", Pattern.compile("\\b(dobles?|doubles?|duplos?|dupla|matrimonial|king|queen"
                    + "|(?<!\\b(?:um|somos|sou)\\s)casal|(?<=\\bpor\\sum\\s)casal)\\b")),
            // not the beds of a twin: "two single beds", "duas camas de solteiro"
            new RoomPattern("single", Pattern.compile("(?=single|individual|sencill|solteiro|simple)"
                    + "(?<!\\bcamas?\\sde\\s)\\b(singles?(?!\\s+beds?)|individual"
                    + "|individuales|sencilla|sencillos?|solteiro"
                    + "|(?<=\\b(?:una|la|habitacion|cuarto)\\s)simples?)\\b")));

    /** A room or a count the guest changes from: "de doble a suite", "from a double to", "3 adultos en vez de 2". */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\b(?:de|from|do|da)\\s+"
            + "(?:(?:a|an|la|el|o|the|um|uma|un|una)\\s+)?"
            + "(?:(?:quarto|habitacion|cuarto|room)\\s+)?$"
            + "|\\b(?:trocar|troca|cambiar|cambia|change|swap|switch|mudar)\\b[^.?!]{0,24}$");
    private static final Pattern TO_AFTER = Pattern.compile("^(?:\\s+que\\s+\\w+)?\\s+(?:a|to|para|pra|pro|por|for)\\s+"
            + "(?:(?:a|an|la|el|o|um|uma|un|una|uno|the)\\s+)?"
            + "(?:(?:quarto|habitacion|cuarto|room|con|com|with|de)\\s+)*"
            + "(?:suite|twin|family|familiar|familia|doble|double|duplo|single|individual|casal|king|queen|matrimonial"
            + "|dos\\s+camas"
            + "|duas\\s+camas|two\\s+beds)");
    /** "tenía una doble y ahora quiero una suite": the room booked, before the one wanted. */
    private static final Pattern HAD_ROOM = Pattern.compile("\\b(?:tenia|teniamos|tinha|tinhamos|had|we\\s+had)\\s+"
            + "(?:(?:una|un|uma|um|a|an|la|el|o|the)\\s+)?(?:(?:habitacion|quarto|room)\\s+)?(?:de\\s+)?$");
    /** "passamos de 3 para 4 adultos": the count before the new one. */
    private static final Pattern FROM_COUNT = Pattern.compile("\\b(?:de|from)\\s+(" + Lexicon.NUMBER
            + ")\\s+(?:para|pra|a|to)\\s+$");
    private static final Pattern REPLACED_COUNT = Pattern.compile("^[\\s,]*(?:(?:now|ahora|agora)\\s+)?(?:"
            + ChangeWords.INSTEAD_WORDS
            + "|no|nao)\\s+("
            + Lexicon.NUMBER + ")\\b");

    private record RoomPattern(String code, Pattern pattern) {
    }

    private StayDetailsFinder() {
    }

    static List<Entity> find(String text, String folded) {
        var entities = new ArrayList<Entity>();
        counts(entities, text, folded, ADULTS.matcher(folded), EntityType.adults);
        counts(entities, text, folded, GROUP.matcher(folded), EntityType.adults);
        recount(entities, text, folded);
        var alone = ALONE.matcher(folded);
        if (alone.find() && entities.stream().noneMatch(e -> e.type() == EntityType.adults)) {
            entities.add(entity(text, alone.start(), alone.end(), EntityType.adults, 1));
        }
        counts(entities, text, folded, CHILDREN.matcher(folded), EntityType.children);
        var couple = COUPLE.matcher(folded);
        if (couple.find() && entities.stream().noneMatch(e -> e.type() == EntityType.adults)) {
            entities.add(entity(text, couple.start(), couple.end(), EntityType.adults, 2));
        }
        var family = FAMILY_OF.matcher(folded);
        if (family.find() && Lexicon.number(family.group(1)) >= 2) {
            int size = Lexicon.number(family.group(1));
            entities.add(entity(text, family.start(), family.end(), EntityType.adults, 2));
            if (size > 2) {
                entities.add(entity(text, family.start(), family.end(), EntityType.children, size - 2));
            }
        }
        for (var room : ROOMS) {
            var m = room.pattern().matcher(folded);
            while (m.find()) {
                var role = replaced(folded, m) ? StayDates.PREVIOUS : null;
                // "the twin, two single beds?": one room said twice
                if (entities.stream().noneMatch(e -> e.start() < m.end(1) && m.start(1) < e.end()
                        || e.type() == EntityType.room_type && e.value().equals(room.code())
                        && Objects.equals(e.role(), role))) {
                    entities.add(new Entity(EntityType.room_type, m.start(1), m.end(1), text.substring(m.start(1),
                            m.end(1)), room.code(), null, role));
                }
            }
        }
        return entities;
    }

    /** A later count after a correction replaces the first one, which becomes {@code previous}. */
    private static void recount(List<Entity> entities, String text, String folded) {
        var first = entities.stream().filter(e -> e.type() == EntityType.adults && e.role() == null).findFirst();
        if (first.isEmpty() || entities.stream().anyMatch(e -> e.type() == EntityType.adults && e.role() != null)) {
            return;
        }
        for (var pattern : List.of(ADULTS, GROUP)) {
            var later = pattern.matcher(folded);
            while (later.find()) {
                int n = Lexicon.number(later.group(1));
                if (later.start() >= first.get().end() && n > 0 && n < 100
                        && RECOUNT.matcher(folded.substring(first.get().end(), later.start())).find()) {
                    var was = first.get();
                    entities.remove(was);
                    entities.add(new Entity(was.type(), was.start(), was.end(), was.text(), was.value(), null,
                            StayDates.PREVIOUS));
                    entities.add(entity(text, later.start(), later.end(), EntityType.adults, n));
                    return;
                }
            }
        }
    }

    private static boolean replaced(String folded, Matcher room) {
        var before = folded.substring(Math.max(0, room.start(1) - 25), room.start(1));
        return ChangeWords.INSTEAD.matcher(before).find() || HAD_ROOM.matcher(before).find()
                || (FROM_BEFORE.matcher(before).find()
                && TO_AFTER.matcher(folded.substring(room.end(1))).find());
    }

    private static void counts(List<Entity> entities, String text, String folded, Matcher m, EntityType type) {
        while (m.find()) {
            int n = Lexicon.number(m.group(1));
            int before = m.start();
            var ahead = folded.substring(Math.max(0, before - 25), before);
            if (n > 0 && n < 100 && entities.stream().noneMatch(e -> e.type() == type && e.role() == null)
                    && !ADDED.matcher(ahead).find()
                    && (type != EntityType.adults
                    || !TALKING_TO.matcher(text.substring(Math.max(0, before - 16), before)).find())) {
                if (ChangeWords.INSTEAD.matcher(ahead).find()) {
                    // "en vez de 3 adultos somos 2": the count the guest leaves; the next one is the stay's
                    entities.add(new Entity(type, m.start(), m.end(), text.substring(m.start(), m.end()),
                            String.valueOf(n), null, StayDates.PREVIOUS));
                    continue;
                }
                entities.add(entity(text, m.start(), m.end(), type, n));
                var from = FROM_COUNT.matcher(ahead);
                if (from.find() && Lexicon.number(from.group(1)) > 0) {
                    int at = before - ahead.length();
                    entities.add(new Entity(type, at + from.start(1), at + from.end(1), from.group(1),
                            String.valueOf(Lexicon.number(from.group(1))), null, StayDates.PREVIOUS));
                }
                var was = REPLACED_COUNT.matcher(TextNormalizer.fold(text.substring(m.end())));
                if (was.find() && Lexicon.number(was.group(1)) > 0) {
                    entities.add(new Entity(type, m.end() + was.start(1), m.end() + was.end(1), was.group(1),
                            String.valueOf(Lexicon.number(was.group(1))), null, StayDates.PREVIOUS));
                }
            }
        }
    }

    private static Entity entity(String text, int start, int end, EntityType type, int value) {
        return new Entity(type, start, end, text.substring(start, end), String.valueOf(value), null, null);
    }
}
