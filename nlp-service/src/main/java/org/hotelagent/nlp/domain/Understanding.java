package org.hotelagent.nlp.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;
import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.IntentScore;
import org.hotelagent.nlp.domain.LanguageDetector.DetectedLanguage;

/** The pipeline on one text, with everything it depends on given: language, intent, entities, sentiment. */
@ApplicationScoped
public class Understanding {

    private static final double DATA_ONLY_CONFIDENCE = 0.9;
    /** A value the guest replaces (role previous) is a change of a booking in 215 of 218 labelled messages. */
    private static final double REPLACING_CONFIDENCE = 0.8;
    /** Intents that never carry a stay's dates (1 of 650 labelled messages does). */
    private static final Set<Intent> NO_STAY = Set.of(Intent.out_of_scope, Intent.greeting, Intent.thanks,
            Intent.complaint);
    /**
     * Courtesies that never carry a stay: "hey team, any family rooms in two weeks?" asks for one. Dates alone do not
     * count: "hasta mañana", "feliz Nochebuena" name a day, not a stay.
     */
    private static final Set<Intent> COURTESIES = Set.of(Intent.greeting, Intent.thanks, Intent.goodbye);
    private static final Set<EntityType> STAY_DATA = Set.of(EntityType.nights, EntityType.room_type,
            EntityType.adults, EntityType.children);
    /** The confidence a request behind a courtesy gets at least. */
    private static final double REQUEST_CONFIDENCE = 0.5;
    private static final Set<Intent> NOT_A_CHANGE = Set.of(Intent.modify_reservation, Intent.complaint,
            Intent.human_handoff, Intent.out_of_scope);
    private static final Set<EntityType> STAY_DATES = Set.of(EntityType.check_in, EntityType.check_out,
            EntityType.nights);
    /** Words that only join or label data ("entrando el 3 y saliendo el 6"); not "no" ("no, el 5" also denies). */
    private static final Set<String> JOINING_WORDS = Set.of("a", "al", "de", "del", "da", "do", "el", "la", "o",
            "the", "to", "from", "until", "till", "hasta", "ate", "y", "e", "and", "en", "em", "in", "on", "for",
            "para", "pra", "pro", "x", "under", "name", "nombre", "nome", "my", "mi", "meu", "minha", "is", "es",
            "desde", "entre", "between", "por", "dia", "s", "it", "its", "llegada", "salida", "entrada", "saida",
            "chegada", "partida", "llegando", "entrando", "saliendo", "chegando", "saindo", "arriving", "leaving",
            "arrival", "departure", "check", "out", "checkin", "checkout", "seria", "sera", "would", "be", "booking",
            "ref", "reference", "referencia", "localizador", "codigo", "code", "number", "numero", "confirmation");

    private final LanguageDetector languages;
    private final IntentClassifier intents;
    private final EntityExtractor entities;
    private final SentimentAnalyzer sentiments;

    Understanding(LanguageDetector languages, IntentClassifier intents, EntityExtractor entities,
                  SentimentAnalyzer sentiments) {
        this.languages = languages;
        this.intents = intents;
        this.entities = entities;
        this.sentiments = sentiments;
    }

    /** CPU-bound and thread-safe; {@code today} is the hotel's date the text's dates are resolved against. */
    public Interpretation interpret(String text, String languageHint, Locale locale, LocalDate today) {
        var language = languages.detect(text, languageHint != null ? languageHint
                : locale != null && !locale.getLanguage().isEmpty() ? locale.getLanguage() : null);
        return interpret(text, language, locale, today);
    }

    /** As above, in a language already known (a transcript is in the language its speech model heard). */
    public Interpretation interpret(String text, DetectedLanguage language, Locale locale, LocalDate today) {
        var found = entities.extract(text, language.code(), locale, today);
        var ranked = intents.classify(text);
        // "del 10 al 12... no perdón, del 11 al 13" corrects what the guest is giving; a change says so
        if (found.stream().anyMatch(e -> StayDates.PREVIOUS.equals(e.role()))
                && !NOT_A_CHANGE.contains(ranked.getFirst().intent())
                && ChangeWords.isChange(TextNormalizer.fold(text))) {
            ranked = first(ranked, Intent.modify_reservation, REPLACING_CONFIDENCE);
        } else if (onlyData(text, found)) {
            ranked = first(ranked, Intent.provide_info, DATA_ONLY_CONFIDENCE);
        } else if (ranked.getFirst().intent() == Intent.provide_info && text.indexOf('?') >= 0) {
            // provide_info only gives data: a question asks for something ("la recepción está abierta?")
            var asked = ranked.get(1).intent();
            ranked = first(ranked, asked, REQUEST_CONFIDENCE);
        } else if (COURTESIES.contains(ranked.getFirst().intent())
                && found.stream().anyMatch(e -> STAY_DATA.contains(e.type()))) {
            var request = ranked.stream().filter(s -> !COURTESIES.contains(s.intent())).findFirst().orElseThrow();
            ranked = first(ranked, request.intent(), REQUEST_CONFIDENCE);
        }
        if (NO_STAY.contains(ranked.getFirst().intent()) && ranked.getFirst().confidence() >= 0.5) {
            // "the weather in Lisbon tomorrow", "no limpiaron hoy" have a date, but none of a stay ("see you Friday"
            // from a guest is the arrival)
            found = found.stream().filter(e -> !STAY_DATES.contains(e.type())).toList();
        }
        return new Interpretation(language.code(), language.confidence(), ranked, found,
                sentiments.analyse(text, ranked.getFirst().intent()));
    }

    /**
     * True when nothing but entities and the little words that join them is left, and no question: "TRHWQZBNM",
     * "ana@x.com", "march 10 to 12", "under the name Carmen Vidal". The guest gives data, whatever the model makes
     * of a word it never saw.
     */
    static boolean onlyData(String text, List<Entity> found) {
        if (found.isEmpty()) {
            return false;
        }
        var rest = new StringBuilder(text);
        for (var entity : found) {
            for (int i = entity.start(); i < entity.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return Arrays.stream(TextNormalizer.tokens(rest.toString()))
                .allMatch(t -> JOINING_WORDS.contains(t) || (t.startsWith("#") && !t.equals("#q")));
    }

    /** {@code intent} on top with at least {@code floor}, the others scaled to share the rest. */
    private static List<IntentScore> first(List<IntentScore> ranked, Intent intent, double floor) {
        var own = ranked.stream().filter(s -> s.intent() == intent).findFirst().orElseThrow();
        var confidence = Math.max(own.confidence(), floor);
        var scale = (1 - confidence) / (1 - own.confidence());
        var reordered = new ArrayList<IntentScore>();
        reordered.add(new IntentScore(intent, confidence));
        ranked.stream().filter(s -> s != own)
                .forEach(s -> reordered.add(new IntentScore(s.intent(), s.confidence() * scale)));
        return reordered;
    }
}
