package org.hotelagent.nlp.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

import org.hotelagent.nlp.config.NlpConfig;

/**
 * Tells Spanish, English and Portuguese apart with OpenNLP's language-detection model (from Maven Central, loaded
 * once). The model knows 103 languages; only our three compete, so "ola" never becomes Galician.
 */
@ApplicationScoped
public class LanguageDetector {

    private static final Map<String, String> SUPPORTED = Map.of("spa", "es", "eng", "en", "por", "pt");
    /** Characters the model reads: an e-mail's greeting and first paragraph. */
    private static final int DETECTION_SAMPLE = 600;
    /** Below this share of the three languages the model's pick is a guess... */
    private static final double UNSURE_BELOW = 0.5;
    /** ...and a hint at least this likely is the better guess. */
    private static final double HINT_AT_LEAST = 0.2;

    private final LanguageDetectorModel model;
    private final NlpConfig config;

    LanguageDetector(NlpConfig config) {
        this.config = config;
        try (var in = LanguageDetector.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) {
                throw new IllegalStateException("langdetect-183.bin is missing: opennlp-models-langdetect "
                        + "must be on the classpath");
            }
            this.model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the language-detection model", e);
        }
    }

    /**
     * The language of {@code text}; {@code hint} (the conversation's language, or the guest's locale) wins when the
     * text is too short, the model cannot decide, or the model is unsure and the hint is nearly as likely: "somos 2
     * adultos" is as Portuguese as it is Spanish, and a Spanish guest means Spanish.
     */
    public DetectedLanguage detect(String text, String hint) {
        var fallback = new DetectedLanguage(hint != null ? hint : config.defaultLanguage(), 0.0);
        if (text == null || text.codePoints().filter(Character::isLetter).count()
                < config.minLettersForDetection()) {
            return fallback;
        }
        // LanguageDetectorME is not thread-safe; it is cheap to create around the shared model. A long e-mail's first
        // lines tell its language as well as the whole, at a fraction of the cost.
        var sample = text.length() > DETECTION_SAMPLE ? text.substring(0, DETECTION_SAMPLE) : text;
        var scores = new LanguageDetectorME(model).predictLanguages(sample);
        var shares = new HashMap<String, Double>();
        for (var language : scores) {
            var code = SUPPORTED.get(language.getLang());
            if (code != null) {
                shares.merge(code, language.getConfidence(), Double::sum);
            }
        }
        var total = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total == 0) {
            return fallback;
        }
        var best = shares.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        var bestShare = best.getValue() / total;
        var hintShare = hint == null ? 0 : shares.getOrDefault(hint, 0.0) / total;
        if (bestShare < UNSURE_BELOW && hintShare >= HINT_AT_LEAST) {
            return new DetectedLanguage(hint, hintShare);
        }
        return new DetectedLanguage(best.getKey(), bestShare);
    }

    /** An ISO 639-1 code and its probability among the supported languages (0 when it was assumed). */
    public record DetectedLanguage(String code, double confidence) {
    }
}
