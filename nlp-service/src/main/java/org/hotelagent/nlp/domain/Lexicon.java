package org.hotelagent.nlp.domain;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Words for months, weekdays and small numbers in Spanish, English and Portuguese, folded (no accents). */
final class Lexicon {

    static final Map<String, Integer> MONTHS = months();
    static final Map<String, DayOfWeek> WEEKDAYS = weekdays();
    static final Map<String, Integer> NUMBERS = numbers();

    /** Regex alternation of month names, longest first so "sept" wins over "sep". */
    static final String MONTH = alternation(MONTHS);
    static final String WEEKDAY = alternation(WEEKDAYS);
    static final String NUMBER = "(?:\\d{1,2}|" + alternation(NUMBERS) + ")";

    private Lexicon() {
    }

    /** The value of a digit string or number word, or -1. */
    static int number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return word.length() <= 3 ? Integer.parseInt(word) : -1;
        }
        return NUMBERS.getOrDefault(word, -1);
    }

    private static String alternation(Map<String, ?> words) {
        return words.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .collect(Collectors.joining("|", "(?:", ")"));
    }

    private static Map<String, Integer> months() {
        var m = new LinkedHashMap<String, Integer>();
        put(m, 1, "enero", "ene", "january", "jan", "janeiro");
        put(m, 2, "febrero", "feb", "february", "fevereiro", "fev");
        put(m, 3, "marzo", "mar", "march", "marco");
        put(m, 4, "abril", "abr", "april", "apr");
        put(m, 5, "mayo", "may", "maio", "mai");
        put(m, 6, "junio", "jun", "june", "junho");
        put(m, 7, "julio", "jul", "july", "julho");
        put(m, 8, "agosto", "ago", "august", "aug");
        put(m, 9, "septiembre", "setiembre", "sept", "sep", "september", "setembro", "set");
        put(m, 10, "octubre", "oct", "october", "outubro", "out");
        put(m, 11, "noviembre", "nov", "november", "novembro");
        put(m, 12, "diciembre", "dic", "december", "dec", "dezembro", "dez");
        return m;
    }

    private static Map<String, DayOfWeek> weekdays() {
        var m = new LinkedHashMap<String, DayOfWeek>();
        // Abbreviations only where they are no other common word ("sun", "mar", "ter", "sex" are)
        put(m, DayOfWeek.MONDAY, "lunes", "monday", "segunda-feira", "segunda feira", "segunda", "mon");
        put(m, DayOfWeek.TUESDAY, "martes", "tuesday", "terca-feira", "terca feira", "terca", "tues", "tue");
        put(m, DayOfWeek.WEDNESDAY, "miercoles", "wednesday", "quarta-feira", "quarta feira", "quarta", "wed", "mie");
        put(m, DayOfWeek.THURSDAY, "jueves", "thursday", "quinta-feira", "quinta feira", "quinta", "thurs", "thur",
                "thu", "jue");
        put(m, DayOfWeek.FRIDAY, "viernes", "friday", "sexta-feira", "sexta feira", "sexta", "fri", "vie");
        put(m, DayOfWeek.SATURDAY, "sabado", "saturday", "sat", "sab");
        put(m, DayOfWeek.SUNDAY, "domingo", "sunday");
        return m;
    }

    private static Map<String, Integer> numbers() {
        var m = new LinkedHashMap<String, Integer>();
        put(m, 1, "un", "uno", "una", "one", "a", "an", "um", "uma");
        put(m, 2, "dos", "two", "dois", "duas", "couple of", "a couple of");
        put(m, 3, "tres", "three");
        put(m, 4, "cuatro", "four", "quatro");
        put(m, 5, "cinco", "five");
        put(m, 6, "seis", "six");
        put(m, 7, "siete", "seven", "sete");
        put(m, 8, "ocho", "eight", "oito");
        put(m, 9, "nueve", "nine", "nove");
        put(m, 10, "diez", "ten", "dez");
        return m;
    }

    private static <T> void put(Map<String, T> map, T value, String... words) {
        for (var word : words) {
            map.put(word, value);
        }
    }
}
