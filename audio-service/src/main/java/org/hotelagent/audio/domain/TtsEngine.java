package org.hotelagent.audio.domain;

import java.util.Set;

/** A text-to-speech engine and the languages it can speak. */
public enum TtsEngine {
    ESPEAK_NG("espeak-ng", Set.of("es", "en", "pt")),
    FREETTS("freetts", Set.of("en"));

    private final String id;
    private final Set<String> languages;

    TtsEngine(String id, Set<String> languages) {
        this.id = id;
        this.languages = languages;
    }

    public String id() {
        return id;
    }

    public boolean speaks(String language) {
        return languages.contains(language);
    }
}
