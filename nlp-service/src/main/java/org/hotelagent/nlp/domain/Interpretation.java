package org.hotelagent.nlp.domain;

import java.util.List;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.IntentScore;
import org.hotelagent.contracts.nlp.Sentiment;

/** What a text means: its language, the intents by probability (first is the answer), entities and tone. */
public record Interpretation(String language, double languageConfidence, List<IntentScore> intents,
                             List<Entity> entities, Sentiment sentiment) {

    public IntentScore intent() {
        return intents.getFirst();
    }

    public IntentScore runnerUp() {
        return intents.size() > 1 ? intents.get(1) : null;
    }
}
