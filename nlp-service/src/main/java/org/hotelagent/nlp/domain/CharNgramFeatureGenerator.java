package org.hotelagent.nlp.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Character 3- and 4-grams of every token, padded with word boundaries, so "habitacion", "habitasion" and "habitación"
 * share most features. {@link IntentFeatures} applies it before the model sees the text, so the model file names only
 * OpenNLP's own generators: OpenNLP instantiates named generators reflectively from its own class loader, which cannot
 * see application classes under Quarkus.
 */
public class CharNgramFeatureGenerator implements FeatureGenerator {

    @Override
    public Collection<String> extractFeatures(String[] text, Map<String, Object> extraInformation) {
        var features = new ArrayList<String>();
        for (var token : text) {
            if (token.startsWith("#")) {
                continue;
            }
            var padded = "_" + token + "_";
            for (int n = 3; n <= 4; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    features.add("c=" + padded.substring(i, i + n));
                }
            }
        }
        return features;
    }
}
