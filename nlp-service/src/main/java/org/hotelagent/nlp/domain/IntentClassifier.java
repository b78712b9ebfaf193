package org.hotelagent.nlp.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.contracts.nlp.IntentScore;

/**
 * Classifies a guest text into one of the 19 intents with the maximum-entropy model trained at build time
 * ({@code nlp/intent.bin}, loaded once), its probabilities softened by the temperature calibrated with it.
 */
@ApplicationScoped
public class IntentClassifier {

    private static final double WORDLESS_CONFIDENCE = 0.9;
    private static final List<String> MEANINGFUL_SYMBOLS = List.of("#emook", "#emono", "#emothanks", "#emowave");

    private final DoccatModel model;
    private final double temperature;

    public IntentClassifier() {
        try (var in = resource("/nlp/intent.bin"); var properties = resource("/nlp/intent.properties")) {
            this.model = new DoccatModel(in);
            var settings = new Properties();
            settings.load(properties);
            this.temperature = Double.parseDouble(settings.getProperty("temperature", "1.0"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load the intent model", e);
        }
    }

    /** Every intent, most probable first; CPU-bound and thread-safe. */
    public List<IntentScore> classify(String text) {
        var tokens = TextNormalizer.tokens(text);
        if (TextNormalizer.hasNoWords(text) && List.of(tokens).stream().noneMatch(MEANINGFUL_SYMBOLS::contains)) {
            return wordless();
        }
        var categorizer = new DocumentCategorizerME(model);
        var probabilities = soften(categorizer.categorize(IntentFeatures.of(text)), temperature);
        var scores = new ArrayList<IntentScore>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            scores.add(new IntentScore(Intent.valueOf(categorizer.getCategory(i)), probabilities[i]));
        }
        scores.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        return scores;
    }

    /** Temperature scaling of a probability distribution: {@code p^(1/T)} renormalised. */
    static double[] soften(double[] probabilities, double temperature) {
        var softened = new double[probabilities.length];
        double total = 0;
        for (int i = 0; i < probabilities.length; i++) {
            softened[i] = Math.pow(Math.max(probabilities[i], 1e-12), 1.0 / temperature);
            total += softened[i];
        }
        for (int i = 0; i < softened.length; i++) {
            softened[i] /= total;
        }
        return softened;
    }

    /** Emojis or punctuation without a conventional meaning: nothing a hotel can act on. */
    private static List<IntentScore> wordless() {
        var rest = (1 - WORDLESS_CONFIDENCE) / (Intent.values().length - 1);
        var scores = new ArrayList<IntentScore>();
        scores.add(new IntentScore(Intent.out_of_scope, WORDLESS_CONFIDENCE));
        for (var intent : Intent.values()) {
            if (intent != Intent.out_of_scope) {
                scores.add(new IntentScore(intent, rest));
            }
        }
        return scores;
    }

    private static InputStream resource(String name) {
        var in = IntentClassifier.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing: the build trains it in process-classes "
                    + "(scripts/mvn.sh -pl nlp-service process-classes)");
        }
        return in;
    }
}
