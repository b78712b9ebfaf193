package org.hotelagent.nlp.domain;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.hotelagent.nlp.domain.LanguageDetector.DetectedLanguage;

/** The pipeline on one text, with everything it depends on given: language, intent, entities, sentiment. */
@ApplicationScoped
public class Understanding {

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
        var ranked = intents.classify(text);
        var found = entities.extract(text, language.code(), locale, today);
        return new Interpretation(language.code(), language.confidence(), ranked, found,
                sentiments.analyse(text, ranked.getFirst().intent()));
    }
}
