package org.hotelagent.nlp.domain;

import java.util.LinkedHashSet;
import java.util.Map;

/**
 * What the intent model sees of a text: normalized words with chat shorthand spelled out ({@link Shorthand}), word
 * bigrams and character 3/4-grams, as one set of features (the model's only generator is OpenNLP's bag of words over
 * them). A set, not a bag: a word repeated in a long e-mail counts once, so a text is classified by what it says
 * rather than by how long it is.
 */
final class IntentFeatures {

    private static final CharNgramFeatureGenerator CHAR_NGRAMS = new CharNgramFeatureGenerator();

    private IntentFeatures() {
    }

    static String[] of(String text) {
        var tokens = Shorthand.expand(TextNormalizer.tokens(text)).toArray(String[]::new);
        var features = new LinkedHashSet<String>();
        for (int i = 0; i < tokens.length; i++) {
            features.add(tokens[i]);
            if (i + 1 < tokens.length) {
                features.add("b=" + tokens[i] + "_" + tokens[i + 1]);
            }
        }
        features.addAll(CHAR_NGRAMS.extractFeatures(tokens, Map.of()));
        return features.toArray(String[]::new);
    }
}
