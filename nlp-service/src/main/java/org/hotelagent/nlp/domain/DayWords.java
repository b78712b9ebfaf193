package org.hotelagent.nlp.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Days of the month spelled out, folded, as guests write and voice notes transcribe them: "el quince", "dia vinte e
 * dois", "primero", "the twenty-first", "december tenth". English only in ordinals: a cardinal after a month ("may
 * one") is too often not a date.
 */
final class DayWords {

    private static final List<String> ES = List.of("", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete",
            "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete",
            "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro",
            "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve", "treinta", "treinta y uno");
    private static final List<String> PT = List.of("", "um", "dois", "tres", "quatro", "cinco", "seis", "sete",
            "oito", "nove", "dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito",
            "dezenove", "vinte");
    private static final List<String> EN_ORDINALS = List.of("", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    static final Map<String, Integer> ORDINALS = ordinals();
    static final Map<String, Integer> DAYS = days();

    /** Regex alternations, longest first; a space in a word also matches a hyphen ("twenty-first"). */
    static final String ORDINAL = alternation(ORDINALS);
    static final String DAY = alternation(DAYS);

    private DayWords() {
    }

    /** The day a digit string or day word names, or -1. */
    static int value(String day) {
        if (day.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(day);
        }
        return DAYS.getOrDefault(day.replaceAll("[\\s-]+", " "), -1);
    }

    private static Map<String, Integer> ordinals() {
        var m = new LinkedHashMap<String, Integer>();
        for (int day = 1; day <= 20; day++) {
            m.put(EN_ORDINALS.get(day), day);
        }
        for (int day = 1; day <= 9; day++) {
            m.put("twenty " + EN_ORDINALS.get(day), 20 + day);
        }
        m.put("thirtieth", 30);
        m.put("thirty first", 31);
        return m;
    }

    private static Map<String, Integer> days() {
        var m = new LinkedHashMap<>(ORDINALS);
        for (int day = 1; day < ES.size(); day++) {
            m.put(ES.get(day), day);
        }
        m.put("veintiun", 21);
        m.put("primero", 1);
        for (int day = 2; day < PT.size(); day++) {
            m.put(PT.get(day), day);
        }
        for (int day = 1; day <= 9; day++) {
            m.put("vinte e " + PT.get(day), 20 + day);
        }
        m.put("vinte e uma", 21);
        m.put("trinta", 30);
        m.put("trinta e um", 31);
        m.put("primeiro", 1);
        m.putAll(Map.of("dezasseis", 16, "dezassete", 17, "dezanove", 19, "quatorze", 14));
        return m;
    }

    private static String alternation(Map<String, Integer> words) {
        return words.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(w -> w.replace(" ", "[\\s-]+"))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
