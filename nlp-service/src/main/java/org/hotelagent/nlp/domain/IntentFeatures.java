package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.Map;

/**
 * What the intent model sees of a text: normalized words, word bigrams and character 3/4-grams, as one bag of
 * features (the model's only generator is OpenNLP's bag of words over them).
 */
final class IntentFeatures {

    private static final CharNgramFeatureGenerator CHAR_NGRAMS = new CharNgramFeatureGenerator();

    private IntentFeatures() {
    }

    static String[] of(String text) {
        var tokens = TextNormalizer.tokens(text);
        var features = new ArrayList<String>();
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
