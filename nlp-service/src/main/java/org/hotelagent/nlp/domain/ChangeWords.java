package org.hotelagent.nlp.domain;

import java.util.List;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.EntityType;

/**
 * How guests say they change a stay, for {@link StayDates} and {@link StayDetailsFinder}: the day of leaving
 * ("salimos el domingo"), the value being replaced ("en vez de", "instead of", "la teníamos para"), corrections in
 * one breath ("del 20 al 22... no, del 21 al 23"), and which end of the stay a change is about.
 */
final class ChangeWords {

    /** A date said as the day of leaving: "salimos el domingo", "checking out on the 14th", "até dia 3". */
    private static final Pattern DEPARTURE = Pattern.compile("\\b(?:salida|salimos|saldremos|salgo|nos\\s+vamos"
            + "|me\\s+voy|nos\\s+iremos|check[\\s-]?out|checking\\s+out|leaving|leave|departing|departure|depart"
            + "|saldriamos|saldria|nos\\s+iriamos|we'd\\s+leave|would\\s+leave|sairiamos|sairia|saiamos"
            + "|saida|saimos|sairemos|saio|sair|salir|partida|partimos|parto|vamos\\s+embora|until|till|ate"
            // "voy a llegar hasta el martes": not arriving before Tuesday
            + "|(?<!\\b(?:llegar|llego|llegamos|llegaremos|llegaria|llegariamos)\\s)hasta"
            + "|me\\s+ire|nos\\s+iremos|irei|iremos|vou\\s+embora)\\b"
            + "[\\s:,]*"
            + "(?:(?:el|the|on|o|a|dia|em|na|no|is|now|es|e|sera|seria|fica|para|will\\s+be|be|" + Lexicon.WEEKDAY
            + ")\\b[\\s:,]*)*$");
    private static final Pattern ARRIVAL = Pattern.compile("\\b(?:entrada|llegada|chegada|check[\\s-]?in|arrival"
            + "|arriving|arrive|llegamos|llegaremos|llegariamos|llego|chegamos|chegaremos|chegariamos|chego)\\b[\\s:,]*"
            + "(?:(?:el|the|on|o|a|dia|em|na|no|is|es|e|sera|seria|para|be)\\b[\\s:,]*)*$");
    // "no" right before the next date is Portuguese for "on the" ("e saímos no domingo"), not a correction
    private static final Pattern CORRECTION = Pattern.compile("\\b(?:no(?!\\s*$)|nao|not|actually|i\\s+mean|sorry"
            + "|perdon|perdao"
            + "|sino|mejor|quiero\\s+decir|quer\\s+dizer|digo|wait|espera|rectifico|corrijo|alias|meant|should\\s+be"
            + "|should\\s+have\\s+been|deberia\\s+(?:ser|haber\\s+sido)|devia\\s+(?:ser|ter\\s+sido)"
            + "|en\\s+realidad|na\\s+(?:verdade|vdd)|in\\s+fact|quise\\s+decir|quis\\s+dizer"
            + "|(?:pero|but|mas)\\s+(?:es|son|era|eran|seria|it's|its|it\\s+is|it\\s+was|e|sao|eram))\\b");
    /** A guest moving a whole stay: "mover mi reserva del 3-5/12 al 10-12/12", "change it from ... to ...". */
    private static final Pattern RANGE_MOVE = Pattern.compile("^\\s*(?:al|a|to|para|por|pro|pra|for)\\s+"
            + "(?:el\\s+|the\\s+|o\\s+)?$");
    /** What comes before the value a guest is replacing: "en vez de", "instead of", "e não", "not". */
    static final String INSTEAD_WORDS = "instead\\s+of|rather\\s+than|en\\s+vez\\s+de|en\\s+lugar\\s+de"
            + "|em\\s+vez\\s+d[eoa]|ao\\s+inves\\s+d[eoa]|no\\s+lugar\\s+d[eoa]|(?:y|e|and)\\s+(?:no|nao)(?:\\s+mais)?"
            + "|not"
            + "|ya\\s+no|ja\\s+nao|no\\s+longer";
    /** "en vez de salir el", "instead of arriving on": the verb of the date being replaced. */
    private static final String REPLACED_VERB = "(?:\\s+(?:salir|llegar|entrar|irnos|irme|sair|chegar|sairmos|chegarmos"
            + "|salgamos|lleguemos|leaving|arriving|checking\\s+out|checking\\s+in))?";
    /** The booking's date, said before what the guest can now do: "tengo reserva para el 12 pero llego el 13". */
    private static final Pattern BOOKED_FOR = Pattern.compile("\\b(?:tengo|tenemos|tenho|temos|i\\s+have|we\\s+have"
            + "|i've\\s+got|we've\\s+got)\\s+(?:una?\\s+|uma\\s+|a\\s+)?(?:reserva|booking|reservation)"
            + "\\s+(?:para|pra|pro"
            + "|for)(?:\\s+(?:el|o|a|the|dia))?\\s*$");
    /** What the booking said before: "la teníamos para el viernes", "era sexta", "we had it for Friday". */
    private static final String WAS = "(?:l[ao]\\s+)?(?:teniamos|tenia)(?:\\s+para)?|(?:a\\s+|o\\s+)?(?:tinhamos|tinha)"
            + "\\s+(?:para|pra|pro)|estaba\\s+para|estava\\s+(?:para|pra|pro)"
            // "reservei para 5 de março mas era para 5 de abril": after "but" it is the correction
            + "|(?<!\\b(?:mas|pero|but|y|e|que|confundi|equivoque|errei|enganei|enganei-me)\\s)era\\s+(?:para|pra|pro)"
            + "|(?:we\\s+)?had\\s+it\\s+(?:booked\\s+)?for|was\\s+booked\\s+for"
            + "|(?:was|were)\\s+(?:meant|supposed)\\s+to\\s+be|(?:^|[.?!,;]\\s*)era"
            + "|antes\\s+(?:era|eran|estaba|tenia|teniamos|estava|tinha|tinhamos)|currently|actualmente|atualmente"
            + "|ia\\s+(?:sair|chegar)|iamos\\s+(?:sair|chegar)|iba(?:mos)?\\s+a\\s+(?:salir|llegar)"
            + "|(?:was|were)\\s+going\\s+to\\s+(?:leave|arrive|check\\s+(?:out|in))"
            // "original check-in was the 17th", "la entrada original era el 3"
            + "|original\\s+(?:check[\\s-]?in|check[\\s-]?out|arrival|departure|dates?)\\s+(?:was|were)"
            + "|(?:check[\\s-]?in|check[\\s-]?out|entrada|salida|saida|llegada|chegada)\\s+original\\s+(?:era|es|e)"
            // "originalmente salía el 30", "a saída estava marcada pra 30", "eu tinha reserva pra chegar a 20"
            + "|(?:originalmente|originally|inicialmente|initially)\\s+(?:salia|saliamos|llegaba|llegabamos|saia"
            + "|saiamos|chegava|chegavamos|(?:i|we)\\s+(?:was|were)\\s+(?:leaving|arriving))"
            + "|(?:estava|estaba)\\s+(?:marcad[oa]|previst[oa]|programad[oa])\\s+(?:para|pra|pro)"
            + "|(?:was|were)\\s+(?:due|scheduled|set)\\s+(?:for|on)"
            + "|(?:tinha|tinhamos|tenia|teniamos|had)\\s+(?:uma\\s+|una\\s+|a\\s+)?(?:reserva|booking|reservation)"
            + "\\s+(?:para|pra|pro|for)(?:\\s+(?:chegar|llegar|arrive|arriving|sair|salir|leave|leaving))?";
    private static final Pattern WAS_BEFORE = Pattern.compile("\\b(?:" + WAS
            + ")(?:l|\\s+(?:la|el|o|a|the|dia|del|do|on(?:\\s+the)?))?\\s*$");
    static final Pattern INSTEAD = Pattern.compile("(?:\\b(?:" + INSTEAD_WORDS + ")" + REPLACED_VERB + "|\\b(?:" + WAS
            + "))(?:l|\\s+(?:la|el|o|a|the|dia|del|do|on(?:\\s+the)?|na|no|en|em|al))?"
            + "(?:\\s+(?:" + Lexicon.WEEKDAY + ")(?:-feira)?)?\\s*$");
    /** The new value said first: "can we make it saturday instead", "mejor el sábado entonces". */
    private static final Pattern INSTEAD_AFTER = Pattern.compile(
            "^[\\s,]*(?:instead|en\\s+su\\s+lugar|no\\s+lugar)\\b");
    /** The day of leaving is what the guest talks about. */
    private static final Pattern DEPARTURE_TOPIC = Pattern.compile("\\b(?:salida|saida|partida"
            + "|check[\\s-]?out|departure|prolongar|alargar|extend|extender|estender|ampliar"
            + "|leave\\s+(?:a\\s+day\\s+)?(?:later|earlier|early)"
            + "|salir\\s+(?:un\\s+dia\\s+)?(?:mas\\s+tarde|antes|despues)"
            + "|sair\\s+(?:um\\s+dia\\s+)?(?:mais\\s+tarde|mais\\s+cedo|antes|depois))\\b");
    private static final Pattern LEAVING = Pattern.compile("\\b(?:salir|irnos|irme|sair|sairmos|salgamos|leaving"
            + "|checking\\s+out)\\b");
    private static final Pattern ARRIVAL_TOPIC = Pattern.compile("\\b(?:llegada|llegamos|llegar|entrada|arrival"
            + "|arrive|arriving|check[\\s-]?in|chegada|chegamos|chegar)\\b");
    /** A change, not a new stay: "cambiar", "move", "en vez de", "prolongar". */
    private static final Pattern CHANGE = Pattern.compile(DatePatterns.MOVE_VERB.pattern() + "|\\b(?:"
            + INSTEAD_WORDS + "|prolongar|alargar|extend|extender|estender|ampliar|equivoque|me\\s+confundi|errei"
            + "|enganei|mistake|wrong"
            + "|puse|coloquei|pus|corregir|corrigir|acortar|encurtar|shorten|quedarnos\\s+hasta|quedarme\\s+hasta"
            + "|ficar\\s+ate|ficarmos\\s+ate|stay\\s+(?:until|till|an\\s+extra)|(?:extra|one\\s+more|another)\\s+night"
            + "|noche\\s+(?:mas|extra)|mais\\s+uma\\s+noite|noite\\s+extra|make\\s+(?:it|that)"
            + "|quitar|quitarle|tirar\\s+uma|remove\\s+(?:a|one)\\s+night|(?:una|one|uma)\\s+(?:noche|night|noite)"
            + "\\s+(?:menos|less|a\\s+menos)|agregar|anadir|acrescentar|add\\s+(?:a|one|another)\\s+night)"
            + "l?\\b"); // the "l" of "en vez del"

    /** "coloquei dia 4 mas a gente chega dia 5": what the guest wrote, then what is true. */
    private static final Pattern MISTAKE_BEFORE = Pattern.compile("\\b(?:puse|coloquei|pus|put|booked|reserve"
            + "|reservei|marque|marquei|escribi|escrevi|typed)\\b");
    private static final Pattern BUT = Pattern.compile("\\b(?:pero|mas|but|y|e|and)\\b");
    /** "la salida sigue siendo el 29", "check-out is still Mar 3": an end the guest keeps is not what changes. */
    private static final Pattern KEPT_END = Pattern.compile("\\b(?:mantendo-se|mantendo|manteniendo|keeping)\\s+"
            + "(?:(?:a|la|el|o|the|same|misma|mesma)\\s+)*(?:(?:data|fecha|date)\\s+(?:de\\s+)?)?(?:saida|salida"
            + "|check[\\s-]?out|departure|entrada|llegada|chegada|check[\\s-]?in|arrival)\\b"
            + "|\\b(?:salida|saida|check[\\s-]?out|departure|leaving"
            + "|llegada|chegada|entrada|check[\\s-]?in|arrival|arriving)\\b[^.?!]{0,30}?\\b(?:sigue|se\\s+mantiene"
            + "|queda\\s+igual|mantem-se|mantem|continua|is\\s+still|stays|remains|as\\s+planned|the\\s+same"
            + "|unchanged|como\\s+estaba|como\\s+esta)\\b");
    private static final int NEAR = 100;

    private ChangeWords() {
    }

    /** A date said as the day of coming: "entrada 13/11", "chegaríamos a 23", "arriving on the 4th". */
    static boolean isArrival(String folded, DateMention mention) {
        return mention.kind() == DateMention.Kind.SINGLE
                && ARRIVAL.matcher(folded.substring(Math.max(0, mention.start() - 30), mention.start())).find();
    }

    static boolean isDeparture(String folded, DateMention mention) {
        return mention.kind() == DateMention.Kind.SINGLE
                && (DEPARTURE.matcher(folded.substring(Math.max(0, mention.start() - 30), mention.start())).find()
                || changesDeparture(folded, mention.start(), mention.end()));
    }

    /** The guest changes the day of leaving only: "cambiar la salida del domingo al lunes", "extend until the 9th". */
    static boolean changesDeparture(String folded, int start, int end) {
        var near = near(folded, start, end);
        return DEPARTURE_TOPIC.matcher(near).find() && !ARRIVAL_TOPIC.matcher(near).find()
                && CHANGE.matcher(near).find();
    }

    /** The guest changes one end of the stay only, the arrival or the departure. */
    static boolean changesOneEnd(String folded, int start, int end) {
        var near = near(folded, start, end);
        return (DEPARTURE_TOPIC.matcher(near).find() != ARRIVAL_TOPIC.matcher(near).find())
                && CHANGE.matcher(near).find();
    }

    /** The sentence or so around a mention: what a change is about is said close to its dates. */
    private static String near(String folded, int start, int end) {
        var near = folded.substring(Math.max(0, start - NEAR), Math.min(folded.length(), end + NEAR / 2));
        return KEPT_END.matcher(near).replaceAll(" ");
    }

    /** The message changes a booking ("cambiar", "move", "en vez de", "extend", "me equivoqué"). */
    static boolean isChange(String folded) {
        return CHANGE.matcher(folded).find();
    }

    /** "la salida sigue siendo el 29": the end of the stay the guest keeps as it is, or null. */
    static EntityType keptEnd(String folded, DateMention mention) {
        var kept = KEPT_END.matcher(folded.substring(Math.max(0, mention.start() - 40), mention.start()));
        if (!kept.find()) {
            return null;
        }
        return ARRIVAL_TOPIC.matcher(kept.group()).find() ? EntityType.check_in : EntityType.check_out;
    }

    /** "en lugar de irme el 4", "instead of arriving on": the end the replaced date was, or null when not said. */
    static EntityType replacedEnd(String folded, DateMention mention) {
        var instead = INSTEAD.matcher(before(folded, mention));
        if (!instead.find()) {
            return null;
        }
        var said = instead.group();
        return DEPARTURE_TOPIC.matcher(said).find() || LEAVING.matcher(said).find() ? EntityType.check_out
                : ARRIVAL_TOPIC.matcher(said).find() ? EntityType.check_in : null;
    }

    static boolean isInstead(String folded, DateMention mention) {
        return INSTEAD.matcher(before(folded, mention)).find();
    }

    private static String before(String folded, DateMention mention) {
        return folded.substring(Math.max(0, mention.start() - 45), mention.start());
    }

    static boolean isCorrected(String folded, List<DateMention> mentions, int i) {
        var mention = mentions.get(i);
        if (isInstead(folded, mention)) {
            // "cancelar la reserva, era para el 31": what the booking said, with nothing replacing it, is current
            return mentions.size() > 1 || !WAS_BEFORE.matcher(before(folded, mention)).find();
        }
        if (i + 1 >= mentions.size()) {
            return false;
        }
        var next = mentions.get(i + 1);
        if (mention.kind() != next.kind() || isInstead(folded, next)) {
            return false;
        }
        var between = folded.substring(mention.end(), next.start());
        return CORRECTION.matcher(between).find() || (BUT.matcher(between).find()
                && (MISTAKE_BEFORE.matcher(before(folded, mention)).find()
                || BOOKED_FOR.matcher(folded.substring(Math.max(0, mention.start() - 45), mention.start())).find()
                && !isDeparture(folded, next)))
                || INSTEAD_AFTER.matcher(folded.substring(next.end())).find()
                || (between.length() < 60 && DatePatterns.MOVE_VERB.matcher(between).find())
                || (mention.kind() == DateMention.Kind.RANGE
                && RANGE_MOVE.matcher(between).find()
                && DatePatterns.MOVE_VERB.matcher(folded.substring(Math.max(0, mention.start() - 50),
                mention.start())).find());
    }

    /** Two dates joined as a move ("passar do dia 10 para o dia 14", "change my check-out from Sunday to Monday"). */
    static boolean isMove(String folded, DateMention.DateSpan from, DateMention.DateSpan to) {
        var before = folded.substring(Math.max(0, from.start() - 50), from.start());
        var connector = folded.substring(from.end(), to.start()).strip();
        return (connector.startsWith("to") || connector.startsWith("pr") || connector.startsWith("para")
                || changesOneEnd(folded, from.start(), to.end()))
                && DatePatterns.FROM_BEFORE.matcher(before).find() && DatePatterns.MOVE_VERB.matcher(before).find();
    }
}
