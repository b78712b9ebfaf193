package org.hotelagent.nlp.domain;

import org.hotelagent.nlp.config.NlpConfig;

/**
 * The production pipeline built in plain Java, without Quarkus, for the evaluation and the JMH benchmarks. Test code
 * in the domain's package, so it reaches the package-private constructors CDI uses without widening the domain's API.
 */
public final class PlainPipeline {

    private PlainPipeline() {
    }

    /** Language, intent, entities and sentiment, with every model loaded from the classpath as at start-up. */
    public static Understanding understanding(NlpConfig config) {
        return new Understanding(languageDetector(config), new IntentClassifier(), new EntityExtractor(),
                new SentimentAnalyzer());
    }

    /** Loads OpenNLP's language-detection model from the classpath. */
    public static LanguageDetector languageDetector(NlpConfig config) {
        return new LanguageDetector(config);
    }
}
