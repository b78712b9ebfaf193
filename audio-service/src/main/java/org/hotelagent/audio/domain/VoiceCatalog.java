package org.hotelagent.audio.domain;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

import org.hotelagent.audio.config.AudioConfig;

/** Which voice speaks a language for a hotel; built at startup so a misconfigured voice fails the start. */
@Startup
@ApplicationScoped
public class VoiceCatalog {

    static final String DEFAULT_HOTEL = "default";

    private final Map<String, Map<String, Voice>> voices = new TreeMap<>();

    @Inject
    VoiceCatalog(AudioConfig config) {
        this(config.tts().voices());
    }

    VoiceCatalog(Map<String, Map<String, String>> specs) {
        specs.forEach((hotel, byLanguage) -> byLanguage.forEach((language, spec) ->
                voices.computeIfAbsent(hotel, h -> new TreeMap<>()).put(language, checked(Voice.parse(spec),
                        language))));
    }

    /** The hotel's own voice for the language, else the default one; language-unavailable when neither exists. */
    public Voice voice(String hotelId, String language) {
        return Optional.ofNullable(hotelId).map(voices::get).map(byLanguage -> byLanguage.get(language))
                .or(() -> Optional.ofNullable(voices.getOrDefault(DEFAULT_HOTEL, Map.of()).get(language)))
                .orElseThrow(() -> new AudioException(AudioException.Reason.LANGUAGE_UNAVAILABLE,
                        "No voice is configured for '" + language + "'"));
    }

    private static Voice checked(Voice voice, String language) {
        if (!voice.engine().speaks(language)) {
            throw new IllegalArgumentException(voice + " cannot speak '" + language + "'");
        }
        return voice;
    }
}
