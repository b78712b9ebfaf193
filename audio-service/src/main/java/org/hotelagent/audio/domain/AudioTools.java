package org.hotelagent.audio.domain;

import java.io.IOException;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;

import org.hotelagent.audio.config.AudioConfig;

/** Probes the host for the audio tools and models this service drives, so reports and health say the truth. */
@ApplicationScoped
public class AudioTools {

    /** A healthy ffmpeg or espeak-ng prints its version in milliseconds; a hung one must not hang a probe. */
    private static final long PROBE_TIMEOUT_SECONDS = 5;
    private static final String FREETTS_CLASS = "com.sun.speech.freetts.VoiceManager";

    private final AudioConfig config;
    private final SpeechModels models;

    AudioTools(AudioConfig config, SpeechModels models) {
        this.config = config;
        this.models = models;
    }

    /** Blocks for up to {@value #PROBE_TIMEOUT_SECONDS} s: call from a worker or virtual thread. */
    public Capabilities capabilities() {
        return Capabilities.of(models.paths(), models::isLoaded, engines());
    }

    /** Blocks for up to {@value #PROBE_TIMEOUT_SECONDS} s: call from a worker or virtual thread. */
    public boolean ffmpegRuns() {
        return runs(config.ffmpegPath(), "-version");
    }

    private EnumSet<TtsEngine> engines() {
        var engines = EnumSet.noneOf(TtsEngine.class);
        if (runs(config.espeakPath(), "--version")) {
            engines.add(TtsEngine.ESPEAK_NG);
        }
        if (onClasspath(FREETTS_CLASS)) {
            engines.add(TtsEngine.FREETTS);
        }
        return engines;
    }

    private static boolean runs(String executable, String versionFlag) {
        Process process = null;
        try {
            process = new ProcessBuilder(executable, versionFlag).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(PROBE_TIMEOUT_SECONDS, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            Log.debugf("%s does not run: %s", executable, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, Thread.currentThread().getContextClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
