package org.hotelagent.audio;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real recordings for tests: the JFK sample, and whatever ffmpeg makes of it. */
public final class TestAudio {

    public static final String JFK_TEXT = "and so my fellow americans ask not what your country can do for you "
            + "ask what you can do for your country";

    private TestAudio() {
    }

    public static byte[] jfkWav() {
        try (InputStream in = TestAudio.class.getResourceAsStream("/speech/jfk-en-11s.wav")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs ffmpeg on the input bytes with the output options, e.g. {@code -c:a libopus -f ogg}. */
    public static byte[] convert(byte[] input, String... outputOptions) {
        var args = new ArrayList<>(List.of("-nostdin", "-v", "error", "-y", "-i", "%IN%"));
        args.addAll(List.of(outputOptions));
        return ffmpeg(input, args);
    }

    /** {@code seconds} of silence encoded with the output options, made by ffmpeg's lavfi source. */
    public static byte[] silence(int seconds, String... outputOptions) {
        var args = new ArrayList<>(List.of("-nostdin", "-v", "error", "-y", "-f", "lavfi", "-i",
                "anullsrc=r=16000:cl=mono", "-t", Integer.toString(seconds)));
        args.addAll(List.of(outputOptions));
        return ffmpeg(null, args);
    }

    /** Concatenates audio files of the same format with ffmpeg's concat filter into a 16 kHz mono WAV. */
    public static byte[] concatenate(List<byte[]> parts) {
        try {
            var dir = Files.createTempDirectory("concat-");
            var args = new ArrayList<>(List.of("-nostdin", "-v", "error", "-y"));
            for (int i = 0; i < parts.size(); i++) {
                var part = dir.resolve(i + ".audio");
                Files.write(part, parts.get(i));
                args.addAll(List.of("-i", part.toString()));
            }
            args.addAll(List.of("-filter_complex", "concat=n=" + parts.size() + ":v=0:a=1", "-ac", "1", "-ar",
                    "16000", "-f", "wav"));
            return ffmpeg(null, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Seconds of audio and codec name of the first stream, as ffprobe reports them. */
    public static String probe(byte[] audio) {
        try {
            var file = Files.createTempFile("probe-", ".audio");
            Files.write(file, audio);
            var process = new ProcessBuilder("ffprobe", "-v", "error", "-show_entries",
                    "stream=codec_name,channels,sample_rate", "-of", "csv=p=0", file.toString())
                    .redirectErrorStream(true).start();
            var out = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor(30, TimeUnit.SECONDS);
            Files.delete(file);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ffmpeg(byte[] input, List<String> args) {
        try {
            var in = Files.createTempFile("in-", ".audio");
            var out = Files.createTempFile("out-", ".audio");
            if (input != null) {
                Files.write(in, input);
            }
            var command = new ArrayList<String>();
            command.add("ffmpeg");
            args.forEach(arg -> command.add(arg.equals("%IN%") ? in.toString() : arg));
            command.add(out.toString());
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var log = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg " + command + " failed: " + log);
            }
            var bytes = Files.readAllBytes(out);
            Files.delete(in);
            Files.delete(out);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
