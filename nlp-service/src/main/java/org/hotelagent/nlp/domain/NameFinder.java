package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
            + "|(?:senhor|senhora|senor|senora|sr|sra|mr|mrs|ms)\\.?)\\s*:?\\s*");
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
    private static final Pattern NAME_WORD = Pattern.compile("\\G[ \\t]*([\\p{L}][\\p{L}'’-]*)");
    private static final Pattern NOTHING_ELSE = Pattern.compile("[\\s\\p{Punct}]*");
    /** What labels the contact details after a name: "Sarah Thompson, mobile 07845 219 306". */
    private static final Pattern CONTACT_LABELS = Pattern.compile("\\b(?:mobile|mob|cell|phone|tel|tlf|tlm|telf"
            + "|telefono|movil|cel|celular|whatsapp|telemovel|email|e-mail|mail|correo|my|mi|meu|o|is|es|e)\\b");
    private static final Set<String> NOT_NAMES = Set.of("y", "e", "and", "i", "quiero", "want", "para", "for", "con",
            "with", "gracias", "thanks", "obrigado", "obrigada", "por", "please", "porfa", "tengo", "have", "tenho",
            "the", "el", "la", "o", "a", "from", "de", "da", "do", "del", "looking", "going", "interested", "not",
            "here", "aqui", "mi", "my", "meu", "minha", "su", "our", "nuestra", "nossa", "your", "tu",
            "muy", "very", "so", "bem", "bien", "en", "in", "em", "un", "una", "um", "uma");
    /** Capitalised words a short reply often has that are no name ("Buenas Tardes", "Thank You", "Bom Dia"). */
    private static final Set<String> NOT_A_WHOLE_NAME = Set.of("hola", "buenas", "buenos", "buen", "dias", "dia",
            "tardes", "noches", "muchas", "gracias", "nada", "favor", "vale", "claro", "perfecto", "genial", "si",
            "no", "ok", "okay", "hello", "hi", "hey", "good", "morning", "afternoon", "evening", "night", "thank",
            "you", "thanks", "yes", "sure", "great", "fine", "see", "soon", "happy", "new", "year", "merry",
            "christmas", "best", "regards", "kind", "ola", "oi", "bom", "boa", "tarde", "noite", "muito", "obrigado",
            "obrigada", "tudo", "bem", "ate", "logo", "sim", "nao", "feliz", "navidad", "natal", "hasta", "luego",
            "lo", "siento", "sorry", "hotel", "room", "suite", "double", "single", "twin", "family", "please", "porfa",
            "nos", "vemos", "de", "la", "el", "the", "a", "o", "um", "uma", "un", "una", "and", "y", "e", "aceitam",
            "aceptan", "accept", "multibanco", "visa", "mastercard", "paypal", "bizum", "pix", "amex", "estimados",
            "estimadas", "estimado", "estimada", "senores", "senor", "senora", "dear", "sir", "madam", "caros",
            "prezados", "prezado", "prezada", "exmos", "querido", "querida", "saludos", "cordiales", "atentamente",
            "cumprimentos", "abracos", "abrazos", "besos", "beijos", "wishes", "cheers", "mil", "bye", "adios",
            "chau", "chao", "tchau");

    private NameFinder() {
    }

    static List<Entity> find(String text, String folded) {
        var strong = STRONG_CUE.matcher(folded);
        if (strong.find()) {
            var named = name(text, strong.end(), true);
            // "a nombre de la empresa": the cue names no person here, so look for one elsewhere
            if (!named.isEmpty()) {
                return named;
            }
        }
        var data = DATA_CUE.matcher(folded);
        while (data.find()) {
            var named = name(text, data.end(), false);
            if (!named.isEmpty() && wholeName(named.getFirst())) {
                return named;
            }
        }
        var signOff = SIGN_OFF.matcher(folded);
        while (signOff.find()) {
            var signed = name(text, signOff.end(), false);
            if (!signed.isEmpty() && wholeName(signed.getFirst()) && restIsEmpty(folded, signed.getFirst().end())) {
                return signed;
            }
        }
        for (var cue : List.of(HOLDER_CUE, WEAK_CUE)) {
            var m = cue.matcher(folded);
            while (m.find()) {
                var named = name(text, m.end(), false);
                if (!named.isEmpty() && wholeName(named.getFirst())) {
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
            var named = name(text, start.end(), false);
            if (!named.isEmpty() && named.getFirst().text().contains(" ") && wholeName(named.getFirst())
                    && folded.startsWith(",", named.getFirst().end())) {
                return named;
            }
        }
        var closing = CLOSING.matcher(folded);
        if (closing.find()) {
            var named = name(text, closing.start("name"), false);
            if (!named.isEmpty() && named.getFirst().end() == closing.end("name") && wholeName(named.getFirst())
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
        var found = name(text, start, false);
        if (found.isEmpty() || found.getFirst().start() != start || !found.getFirst().text().contains(" ")
                || !wholeName(found.getFirst()) || !NOTHING_ELSE.matcher(CONTACT_LABELS.matcher(
                        folded.substring(found.getFirst().end())).replaceAll(" ")).matches()) {
            return List.of();
        }
        return found;
    }

    /** No greeting, month or weekday word, and no all-caps word: "TEM QUARTO PRA" is shouting, not a name. */
    private static boolean wholeName(Entity name) {
        for (var word : name.text().split("\\s+")) {
            var folded = TextNormalizer.fold(word);
            boolean shouted = word.length() > 2 && word.equals(word.toUpperCase(Locale.ROOT));
            if (shouted || NOT_A_WHOLE_NAME.contains(folded) || Lexicon.MONTHS.containsKey(folded)
                    || Lexicon.WEEKDAYS.containsKey(folded)) {
                return false;
            }
        }
        return true;
    }

    private static boolean restIsEmpty(String folded, int end) {
        int lineEnd = folded.indexOf('\n', end);
        return NOTHING_ELSE.matcher(folded.substring(end, lineEnd < 0 ? folded.length() : lineEnd)).matches();
    }

    /** Up to three name words from {@code from}; after a weak cue ("soy", "I'm") every word must be capitalised. */
    private static List<Entity> name(String text, int from, boolean strong) {
        var m = NAME_WORD.matcher(text);
        int start = -1;
        int end = -1;
        var words = new ArrayList<String>();
        int position = from;
        while (words.size() < 3 && m.find(position)) {
            var word = m.group(1);
            boolean capital = Character.isUpperCase(word.charAt(0));
            boolean lowerAllowed = strong && (words.isEmpty() || Character.isLowerCase(text.charAt(start)));
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) || (!capital && !lowerAllowed)) {
                break;
            }
            start = start < 0 ? m.start(1) : start;
            end = m.end(1);
            words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            position = m.end();
        }
        return words.isEmpty() ? List.of() : List.of(new Entity(EntityType.guest_name, start, end,
                text.substring(start, end), String.join(" ", words), null, null));
    }
}
