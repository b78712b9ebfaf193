package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A guest's spoken sentence, synthesised by espeak-ng and shaped by ffmpeg like a microphone or a voice note. */
final class Speech {

    private static final Path DIR = Path.of(System.getProperty("hotel.repo", ".."), "e2e-tests/target/speech");

    private Speech() {
    }

    /** 16 kHz mono WAV between half-seconds of silence: what Chromium's fake microphone plays. */
    static Path wav(String sentence) throws IOException, InterruptedException {
        var wav = DIR.resolve("voice-" + Integer.toHexString(sentence.hashCode()) + ".wav");
        var raw = espeak(sentence);
        run("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", raw.toString(), "-af",
                "adelay=500,apad=pad_dur=0.5", "-ar", "16000", "-ac", "1", "-c:a", "pcm_s16le", wav.toString());
        return wav;
    }

    /** Ogg/Opus at 16 kHz, as WhatsApp records voice notes. */
    static byte[] oggOpus(String sentence) throws IOException, InterruptedException {
        var ogg = DIR.resolve("voice-" + Integer.toHexString(sentence.hashCode()) + ".ogg");
        run("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", espeak(sentence).toString(), "-ar", "16000",
                "-ac", "1", "-c:a", "libopus", "-b:a", "24k", ogg.toString());
        return Files.readAllBytes(ogg);
    }

    /** Ogg/Opus as {@link #oggOpus(String)}, padded with silence to {@code length}: a note of a known duration. */
    static byte[] oggOpus(String sentence, Duration length) throws IOException, InterruptedException {
        var ogg = DIR.resolve("voice-" + Integer.toHexString(sentence.hashCode()) + "-" + length.toMillis() + ".ogg");
        run("ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", espeak(sentence).toString(), "-af",
                "apad=whole_dur=" + length.toMillis() + "ms", "-ar", "16000", "-ac", "1", "-c:a", "libopus", "-b:a",
                "24k", ogg.toString());
        return Files.readAllBytes(ogg);
    }

    /** How long a WAV made by {@link #wav} plays. */
    static Duration duration(Path wav) throws IOException {
        return Duration.ofMillis((Files.size(wav) - 44) * 1000 / (16_000 * 2));
    }

    private static Path espeak(String sentence) throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        var raw = DIR.resolve("raw-" + Integer.toHexString(sentence.hashCode()) + ".wav");
        run("espeak-ng", "-v", "en-us", "-s", "140", "-w", raw.toString(), sentence);
        return raw;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
