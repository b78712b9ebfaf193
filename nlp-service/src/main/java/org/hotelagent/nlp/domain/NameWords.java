package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;

/**
 * What a guest's name looks like, for {@link NameFinder}: up to four name words with the particles between them
 * ("Maria de Fátima Lopes"), and the capitalised words that are no name ("Buenas Tardes", "Office Manager").
 */
final class NameWords {

    /** Small words inside a name: "Maria de Fátima Lopes", "Pieter van der Merwe". */
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "das", "del", "van", "der", "von",
            "di", "du");
    private static final Pattern NAME_WORD = Pattern.compile("\\G[ \\t]*([\\p{L}][\\p{L}'’-]*)");
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
            "chau", "chao", "tchau", "office", "manager", "team", "reception", "reservations", "department",
            "finance", "accounts", "booking", "bookings");

    private NameWords() {
    }

    /** No greeting, month or weekday word, and no all-caps word: "TEM QUARTO PRA" is shouting, not a name. */
    static boolean whole(Entity name) {
        for (var word : name.text().split("\\s+")) {
            if (PARTICLES.contains(word)) {
                continue;
            }
            var folded = TextNormalizer.fold(word);
            boolean shouted = word.length() > 2 && word.equals(word.toUpperCase(Locale.ROOT));
            if (shouted || NOT_A_WHOLE_NAME.contains(folded) || Lexicon.MONTHS.containsKey(folded)
                    || Lexicon.WEEKDAYS.containsKey(folded)) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word after {@code from}, maybe after more particles ("van der Merwe"). */
    private static boolean capitalFollows(String text, int from) {
        var next = NAME_WORD.matcher(text);
        int position = from;
        while (next.find(position)) {
            var word = next.group(1);
            if (!PARTICLES.contains(word)) {
                return Character.isUpperCase(word.charAt(0));
            }
            position = next.end();
        }
        return false;
    }

    /**
     * Up to four name words from {@code from}, with the particles between them; without a strong cue ("me llamo")
     * every word must be capitalised.
     */
    static List<Entity> read(String text, int from, boolean strong) {
        var m = NAME_WORD.matcher(text);
        int start = -1;
        int end = -1;
        var words = new ArrayList<String>();
        int position = from;
        int names = 0;
        while (names < 4 && m.find(position)) {
            var word = m.group(1);
            boolean capital = Character.isUpperCase(word.charAt(0));
            if (!words.isEmpty() && PARTICLES.contains(word) && capitalFollows(text, m.end())) {
                words.add(word);
                position = m.end();
                continue;
            }
            boolean lowerAllowed = strong && (words.isEmpty() || Character.isLowerCase(text.charAt(start)));
            if (NOT_NAMES.contains(word.toLowerCase(Locale.ROOT)) || (!capital && !lowerAllowed)) {
                break;
            }
            start = start < 0 ? m.start(1) : start;
            end = m.end(1);
            words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
            position = m.end();
            names++;
        }
        return words.isEmpty() ? List.of() : List.of(new Entity(EntityType.guest_name, start, end,
                text.substring(start, end), String.join(" ", words), null, null));
    }
}
