package org.hotelagent.audio.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sound.sampled.AudioFileFormat;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.SingleFileAudioPlayer;

/** FreeTTS voices (kevin16: US English, 16 kHz), allocated once; one utterance at a time per voice. */
@ApplicationScoped
class FreeTtsSynthesizer {

    static {
        // The bundled cmu_us_kal directory; FreeTTS finds voices only through this property.
        System.setProperty("freetts.voices", "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory");
    }

    private final Map<String, com.sun.speech.freetts.Voice> voices = new ConcurrentHashMap<>();

    /** CPU-bound: call from a worker thread. Returns a 16 kHz mono 16-bit WAV. */
    byte[] synthesize(String voiceName, String text) {
        var voice = voices.computeIfAbsent(voiceName, FreeTtsSynthesizer::allocate);
        try {
            var dir = Files.createTempDirectory("freetts-");
            var base = dir.resolve("speech");
            try {
                synchronized (voice) { // a FreeTTS voice holds one audio player and utterance state
                    var player = new SingleFileAudioPlayer(base.toString(), AudioFileFormat.Type.WAVE);
                    voice.setAudioPlayer(player);
                    voice.speak(text);
                    player.close();
                }
                return Files.readAllBytes(dir.resolve("speech.wav"));
            } finally {
                Files.deleteIfExists(dir.resolve("speech.wav"));
                Files.deleteIfExists(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("FreeTTS could not write its audio", e);
        }
    }

    private static com.sun.speech.freetts.Voice allocate(String name) {
        var voice = VoiceManager.getInstance().getVoice(name);
        if (voice == null) {
            throw new IllegalStateException("FreeTTS has no voice '" + name + "'");
        }
        voice.allocate();
        return voice;
    }

    @PreDestroy
    void close() {
        voices.values().forEach(com.sun.speech.freetts.Voice::deallocate);
    }
}
