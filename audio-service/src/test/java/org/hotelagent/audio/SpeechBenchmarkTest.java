package org.hotelagent.audio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.vosk.Model;

import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.audio.domain.SpeechFormat;
import org.hotelagent.audio.domain.SpeechToText;
import org.hotelagent.audio.domain.TextToSpeech;
import org.hotelagent.audio.domain.TtsEngine;
import org.hotelagent.audio.domain.Voice;

/**
 * Measurements for docs/BENCHMARKS.md, not a pass/fail test: excluded from the default build. Run with
 * {@code scripts/mvn.sh -B test -pl audio-service -Dtest=SpeechBenchmarkTest -DexcludedGroups=none -DargLine=}.
 */
@QuarkusTest
@Tag("benchmark")
class SpeechBenchmarkTest {

    private static final int RUNS = 5;
    private static final String REPLY_25_WORDS = "Good evening, your double room is ready on the third floor. "
            + "Breakfast is served from seven until ten, and the spa opens at nine tomorrow morning.";
    private static final List<String> SENTENCES = List.of("hello world this is a test of the speech pipeline",
            "your room is ready and breakfast is served until ten",
            "the spa opens at nine in the morning and closes at eight in the evening",
            "please leave your key at the front desk when you check out",
            "we have a double room available for two nights",
            "the swimming pool is on the second floor",
            "would you like me to book a table for dinner",
            "check in starts at three in the afternoon",
            "thank you for staying with us have a nice day",
            "the airport shuttle leaves every hour from the main entrance");

    @Inject
    SpeechToText speechToText;
    @Inject
    TextToSpeech textToSpeech;

    @Test
    void measure() throws Exception {
        report("model load ms", median(() -> timed(() -> new Model("target/models/en").close())));

        var jfk = file(TestAudio.jfkWav());
        report("RTF jfk 11 s", rtf(jfk, 11_000));

        var kevin = new Voice(TtsEngine.FREETTS, "kevin16");
        var parts = new ArrayList<byte[]>();
        for (int i = 0; i < 3; i++) {
            SENTENCES.forEach(s -> parts.add(textToSpeech.synthesize(kevin, s, SpeechFormat.WAV)));
        }
        var minute = TestAudio.concatenate(parts);
        var minuteMillis = speechToText.transcribe(file(minute), "en").durationMillis();
        report("speech sample ms", minuteMillis);
        report("RTF synthesized speech (30 sentences)", rtf(file(minute), minuteMillis));

        var note = file(TestAudio.convert(minute, "-t", "15", "-c:a", "libopus", "-b:a", "24k", "-f", "ogg"));
        report("15 s voice note latency ms (ffprobe+ffmpeg+vosk)",
                median(() -> timed(() -> speechToText.transcribe(note, "en"))));

        var voices = List.of(kevin, new Voice(TtsEngine.ESPEAK_NG, "en-us"), new Voice(TtsEngine.ESPEAK_NG, "es"));
        for (var voice : voices) {
            report("TTS 25 words ogg ms " + voice, median(() -> timed(() ->
                    textToSpeech.synthesize(voice, REPLY_25_WORDS, SpeechFormat.OGG))));
            report("TTS 25 words wav ms " + voice, median(() -> timed(() ->
                    textToSpeech.synthesize(voice, REPLY_25_WORDS, SpeechFormat.WAV))));
        }
        report("RSS MiB (test JVM)", rssKib() / 1024);
    }

    private double rtf(Path recording, long durationMillis) {
        speechToText.transcribe(recording, "en");
        return median(() -> speechToText.transcribe(recording, "en").processingMillis()) / (double) durationMillis;
    }

    private static long median(LongSupplier sample) {
        sample.getAsLong(); // warm-up
        var samples = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            samples[i] = sample.getAsLong();
        }
        Arrays.sort(samples);
        return samples[RUNS / 2];
    }

    private static long timed(ThrowingRunnable work) {
        var started = System.nanoTime();
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static Path file(byte[] audio) throws Exception {
        var file = Files.createTempFile("bench-", ".audio");
        Files.write(file, audio);
        file.toFile().deleteOnExit();
        return file;
    }

    private static long rssKib() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
    }

    private static void report(String what, Object value) {
        System.out.println("BENCHMARK " + what + ": " + value);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
