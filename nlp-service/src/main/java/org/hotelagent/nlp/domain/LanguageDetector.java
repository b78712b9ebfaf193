package org.hotelagent.nlp.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
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
     * The language of {@code text}; {@code hint} (the conversation's language) wins when the text is too short or
     * the model cannot decide.
     */
    public DetectedLanguage detect(String text, String hint) {
        var fallback = new DetectedLanguage(hint != null ? hint : config.defaultLanguage(), 0.0);
        if (text == null || text.codePoints().filter(Character::isLetter).count()
                < config.minLettersForDetection()) {
            return fallback;
        }
        // LanguageDetectorME is not thread-safe; it is cheap to create around the shared model.
        var scores = new LanguageDetectorME(model).predictLanguages(text);
        double total = 0;
        String best = null;
        double bestScore = 0;
        for (var language : scores) {
            var code = SUPPORTED.get(language.getLang());
            if (code != null) {
                total += language.getConfidence();
                if (language.getConfidence() > bestScore) {
                    best = code;
                    bestScore = language.getConfidence();
                }
            }
        }
        return best == null || total == 0 ? fallback : new DetectedLanguage(best, bestScore / total);
    }

    /** An ISO 639-1 code and its probability among the supported languages (0 when it was assumed). */
    public record DetectedLanguage(String code, double confidence) {
    }
}
