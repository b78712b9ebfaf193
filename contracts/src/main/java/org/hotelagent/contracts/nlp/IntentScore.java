package org.hotelagent.contracts.nlp;

/** An intent with its calibrated probability in [0, 1]. */
public record IntentScore(Intent intent, double confidence) {
}
