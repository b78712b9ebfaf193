package org.hotelagent.nlp.domain;

import java.util.List;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/**
 * Finds the {@code guest_name}: after a cue ("me llamo", "booked under", "no nome de"), on the line under an e-mail
 * sign-off ("Atentamente,"), or a whole message that is only a name, maybe with contact details ("John Smith",
 * "Ana Ruiz, ana@x.com"). Works on folded text with the other entities blanked, so offsets are the original's.
 */
final class NameFinder {

    private static final Pattern STRONG_CUE = Pattern.compile("\\b(?:me\\s+llamo|mi\\s+nombre\\s+es"
            + "|my\\s+name\\s+is|my\\s+name's|meu\\s+nome\\s+e|me\\s+chamo|chamo-me|a\\s+nombre\\s+de"
            + "|(?:em|no)\\s+nome\\s+de"
            + "|under\\s+the\\s+name(?:\\s+of)?|in\\s+the\\s+name\\s+of|(?:booked|reserved|booking|reservation|it's"
            + "|it\\s+is)\\s+under|nombre\\s*:|name\\s*:|nome\\s*:|name's|name\\s+is)\\s*");
    /** A booking named by its holder: "la reserva de Pedro Ramos", "reservation for Mark Evans", "under Hughes". */
    private static final Pattern HOLDER_CUE = Pattern.compile("\\b(?:reserva|reservacion|reservation|booking"
            + "|reservas|bookings)\\s+(?:de|da|do|for|of)\\s+|\\bunder\\s+|\\b(?:nombre|nome|name|surname|last\\s+name"
            + "|apellido|sobrenome|apelido)(?:\\s+(?:is|es|e))?\\s+");
    /** A name given as the holder's details or a corrected name: "Mis datos: Camila Sepúlveda", "o correto é". */
    private static final Pattern DATA_CUE = Pattern.compile("\\b(?:(?:mis|meus|my|os\\s+meus|our|nuestros|nossos)"
            + "\\s+(?:datos|dados|details)|seguem\\s+(?:os\\s+)?(?:meus\\s+)?dados|(?:el\\s+|o\\s+)?(?:correcto|correto"
            + "|certo)\\s+(?:es|e)|(?:correct|right)\\s+name\\s+is|name\\s+(?:on|of)\\s+(?:the|my|our)\\s+(?:booking"
            + "|reservation)\\s+to|(?:nombre|nome)\\s+(?:de|da|en|na)\\s+(?:la\\s+|a\\s+)?reserva[\\s,]+(?:es|e)"
            + "|(?:senhor|senhora|senor|senora|sr|sra|mr|mrs|ms)\\.?"
            + "|(?:debe|deberia|deve|devia|tem\\s+que|tiene\\s+que)\\s+(?:figurar|constar|aparecer|decir|dizer)"
            // "under my partner's name, Aroha Ngata", "a mi nombre: Rosa Quispe", "should be Liam O'Connor"
            + "|(?:name|nombre|nome)\\s*[:,]|(?:should|debe|deberia|deve|devia)\\s+(?:be|ser)"
            + "|nome\\s+da\\s+reserva\\s+(?:pra|para|por)|name\\s+(?:on|of)\\s+the\\s+booking\\s+to)"
            + "\\s*:?\\s*");
    /** After the name, the one it replaces: "Rosa Elvira Quispe en lugar de Rosa Quispe", "Oliver, not Sarah". */
    private static final Pattern REPLACES = Pattern.compile("^[ \\t]*,?[ \\t]*(?:en\\s+lugar\\s+de|en\\s+vez\\s+de"
            + "|instead\\s+of|not|y\\s+no|e\\s+nao|em\\s+vez\\s+de|no\\s+lugar\\s+de)\\s+");
    private static final Pattern WEAK_CUE = Pattern.compile("\\b(?:soy|i\\s*'?\\s*m|this\\s+is|it's|sou\\s+(?:o|a)"
            + "|aqui\\s+(?:es|e))\\s+");
    private static final Pattern SIGN_OFF = Pattern.compile("(?:^|[\\n.!])\\s*(?:atentamente|cordialmente"
            + "|(?:un\\s+)?(?:cordial\\s+)?saludos?(?:\\s+cordiales)?|(?:muchas\\s+)?gracias|un\\s+abrazo"
            + "|(?:kind|best|warm)\\s+regards|best\\s+wishes|all\\s+the\\s+best|regards|cheers|(?:many\\s+)?thanks"
            + "|thank\\s+you|sincerely"
            + "|yours\\s+(?:sincerely|faithfully|truly)|(?:com\\s+os\\s+)?(?:melhores\\s+)?cumprimentos|atenciosamente"
            + "|att|obrigad[oa]|(?:um\\s+)?abraco)\\b\\s*[,.!]?[ \\t]*\\n[ \\t]*");
    /** The message's last words after a sentence or a sign-off: "...una noche. Jorge Sanz", "Cheers, Jack". */
    private static final Pattern CLOSING = Pattern.compile("(?:[.!?\\n]|\\b(?<signOff>thanks|thank\\s+you|cheers"
            + "|regards|gracias|saludos|obrigad[oa]|abracos?|abrazos?|besos|beijos|bjs)\\s*,)[ \\t]*"
            + "(?<name>[\\p{L}'’-]+(?:[ \\t]+"
            + "[\\p{L}'’-]+){0,2})[\\s.!]*$");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?\\n])[ \\t]*");
    private static final Pattern NOTHING_ELSE = Pattern.compile("[\\s\\p{Punct}]*");
    /** What labels the contact details after a name: "Sarah Thompson, mobile 07845 219 306". */
    private static final Pattern CONTACT_LABELS = Pattern.compile("\\b(?:mobile|mob|cell|phone|tel|tlf|tlm|telf"
            + "|telefono|movil|cel|celular|whatsapp|telemovel|email|e-mail|mail|correo|my|mi|meu|o|is|es|e)\\b");

    private NameFinder() {
    }

    static List<Entity> find(String text, String folded) {
        var found = named(text, folded);
        if (found.isEmpty()) {
            return found;
        }
        var replaces = REPLACES.matcher(folded.substring(found.getFirst().end()));
        if (replaces.find()) {
            var old = NameWords.read(text, found.getFirst().end() + replaces.end(), false);
            if (!old.isEmpty() && NameWords.whole(old.getFirst())) {
                var was = old.getFirst();
                return List.of(found.getFirst(), new Entity(EntityType.guest_name, was.start(), was.end(), was.text(),
                        was.value(), null, StayDates.PREVIOUS));
            }
        }
        return found;
    }

    private static List<Entity> named(String text, String folded) {
        var strong = STRONG_CUE.matcher(folded);
        if (strong.find()) {
            var named = NameWords.read(text, strong.end(), true);
            // "a nombre de la empresa": the cue names no person here, so look for one elsewhere
            if (!named.isEmpty()) {
                return named;
            }
        }
        var data = DATA_CUE.matcher(folded);
        while (data.find()) {
            var named = NameWords.read(text, data.end(), false);
            if (!named.isEmpty() && NameWords.whole(named.getFirst())) {
                return named;
            }
        }
        var signOff = SIGN_OFF.matcher(folded);
        while (signOff.find()) {
            var signed = NameWords.read(text, signOff.end(), false);
            if (!signed.isEmpty() && NameWords.whole(signed.getFirst())
                    && restIsEmpty(folded, signed.getFirst().end())) {
                return signed;
            }
        }
        for (var cue : List.of(HOLDER_CUE, WEAK_CUE)) {
            var m = cue.matcher(folded);
            while (m.find()) {
                var named = NameWords.read(text, m.end(), false);
                if (!named.isEmpty() && NameWords.whole(named.getFirst())) {
                    return named;
                }
            }
        }
        var only = onlyName(text, folded);
        return only.isEmpty() ? nameAroundData(text, folded) : only;
    }

    /**
     * A name opening a sentence with a comma after it ("Camila Rojas, 2 adultos y 2 niños"), or closing the message
     * ("...a partir de 2 de janeiro. Marta Lopes", "Cheers, Jack"): one word only after a sign-off.
     */
    private static List<Entity> nameAroundData(String text, String folded) {
        var start = SENTENCE_START.matcher(folded);
        while (start.find()) {
            var named = NameWords.read(text, start.end(), false);
            if (!named.isEmpty() && named.getFirst().text().contains(" ") && NameWords.whole(named.getFirst())
                    && folded.startsWith(",", named.getFirst().end())) {
                return named;
            }
        }
        var closing = CLOSING.matcher(folded);
        if (closing.find()) {
            var named = NameWords.read(text, closing.start("name"), false);
            if (!named.isEmpty() && named.getFirst().end() == closing.end("name") && NameWords.whole(named.getFirst())
                    && (named.getFirst().text().contains(" ") || closing.group("signOff") != null
                    // "Thanks, Rose" alone thanks someone called Rose; after a request it signs it
                    && folded.substring(0, closing.start()).chars().anyMatch(Character::isLetter))) {
                return named;
            }
        }
        return List.of();
    }

    /** A message that is nothing but two to three capitalised words, with maybe contact details after them. */
    private static List<Entity> onlyName(String text, String folded) {
        int start = 0;
        while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start))) {
            start++;
        }
        var found = NameWords.read(text, start, false);
        if (found.isEmpty() || found.getFirst().start() != start || !found.getFirst().text().contains(" ")
                || !NameWords.whole(found.getFirst()) || !NOTHING_ELSE.matcher(CONTACT_LABELS.matcher(
                        folded.substring(found.getFirst().end())).replaceAll(" ")).matches()) {
            return List.of();
        }
        return found;
    }

    private static boolean restIsEmpty(String folded, int end) {
        int lineEnd = folded.indexOf('\n', end);
        return NOTHING_ELSE.matcher(folded.substring(end, lineEnd < 0 ? folded.length() : lineEnd)).matches();
    }

}
