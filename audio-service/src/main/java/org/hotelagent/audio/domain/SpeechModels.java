package org.hotelagent.audio.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

import org.hotelagent.audio.config.AudioConfig;

/** The Vosk models, one per language, loaded once at startup and shared by all transcriptions (thread-safe). */
@Startup
@ApplicationScoped
public class SpeechModels {

    private final Map<String, Path> paths = new TreeMap<>();
    private final Map<String, Model> loaded = new ConcurrentHashMap<>();

    SpeechModels(AudioConfig config) {
        LibVosk.setLogLevel(LogLevel.WARNINGS);
        config.stt().models().forEach((language, configured) -> paths.put(language, ModelLocation.resolve(configured)));
        paths.forEach(this::load);
    }

    private void load(String language, Path path) {
        if (!Files.isDirectory(path)) {
            Log.warnf("No speech-to-text for %s: model directory %s does not exist", language, path);
            return;
        }
        var started = System.nanoTime();
        try {
            loaded.put(language, new Model(path.toString()));
            Log.infof("Loaded the %s speech model from %s in %d ms", language, path,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            Log.errorf("No speech-to-text for %s: %s is not a Vosk model (%s)", language, path, e.getMessage());
        }
    }

    /** The model for a language, empty when none is configured or it failed to load. */
    public Optional<Model> model(String language) {
        return Optional.ofNullable(loaded.get(language));
    }

    /** Languages whose model is loaded, sorted. */
    public List<String> ready() {
        return loaded.keySet().stream().sorted().toList();
    }

    /** Configured model directory per language, resolved. */
    public Map<String, Path> paths() {
        return Map.copyOf(paths);
    }

    public boolean isLoaded(Path path) {
        return paths.entrySet().stream().anyMatch(e -> e.getValue().equals(path) && loaded.containsKey(e.getKey()));
    }

    @PreDestroy
    void close() {
        loaded.values().forEach(Model::close);
    }
}
