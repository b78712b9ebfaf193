package org.hotelagent.nlp.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Understanding settings. */
@ConfigMapping(prefix = "nlp")
public interface NlpConfig {

    /** Language assumed when a message is too short to tell and the conversation gives no hint. */
    @WithDefault("es")
    String defaultLanguage();

    /** Texts with fewer letters than this are too short for the language model alone. */
    @WithDefault("12")
    int minLettersForDetection();
}
