package org.hotelagent.audio.domain;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** What each language the agent serves can do on this host: understand speech, and with which voices speak. */
public record Capabilities(List<Language> languages) {

    /** The guest languages of the agent, in the order they are reported. */
    public static final List<String> SUPPORTED = List.of("es", "en", "pt");

    /** One language's speech-to-text readiness and usable text-to-speech engines. */
    public record Language(String code, boolean speechToText, List<TtsEngine> textToSpeech) {
    }

    /**
     * @param models        configured Vosk model directory per language
     * @param modelPresent  whether a configured directory really holds a model (the caller's file-system check)
     * @param engines       text-to-speech engines usable on this host
     */
    public static Capabilities of(Map<String, Path> models, Predicate<Path> modelPresent, Set<TtsEngine> engines) {
        return new Capabilities(SUPPORTED.stream()
                .map(code -> new Language(code, models.containsKey(code) && modelPresent.test(models.get(code)),
                        engines.stream().filter(engine -> engine.speaks(code)).sorted().toList()))
                .toList());
    }

    public List<String> speechToTextReady() {
        return languages.stream().filter(Language::speechToText).map(Language::code).toList();
    }
}
