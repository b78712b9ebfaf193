package org.hotelagent.audio.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A running ffmpeg decode: PCM on {@link #read}, errors collected in a file so a chatty ffmpeg never blocks. */
final class PcmStream extends FilterInputStream {

    private static final long EXIT_TIMEOUT_SECONDS = 10;

    private final Process process;
    private final Path errors;
    private final long maxBytes;
    private final Supplier<AudioException> tooLong;
    private long total;

    private PcmStream(Process process, Path errors, long maxBytes, Supplier<AudioException> tooLong) {
        super(process.getInputStream());
        this.process = process;
        this.errors = errors;
        this.maxBytes = maxBytes;
        this.tooLong = tooLong;
    }

    static PcmStream start(List<String> command, long maxBytes, Supplier<AudioException> tooLong) {
        try {
            var errors = Files.createTempFile("ffmpeg-", ".log");
            var process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            return new PcmStream(process, errors, maxBytes, tooLong);
        } catch (IOException e) {
            throw new UncheckedIOException("ffmpeg does not start", e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        var n = super.read(buffer, offset, length);
        total += Math.max(n, 0);
        if (total > maxBytes) {
            throw tooLong.get();
        }
        return n;
    }

    long bytesRead() {
        return total;
    }

    /** Waits for ffmpeg after the last byte; a failed decode or one without samples is unreadable audio. */
    void finish() {
        try {
            if (!process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AudioException(AudioException.Reason.UNREADABLE_AUDIO,
                        "ffmpeg could not decode the audio: " + lastError());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for ffmpeg", e);
        }
        if (total == 0) {
            throw new AudioException(AudioException.Reason.UNREADABLE_AUDIO, "The recording holds no samples");
        }
    }

    private String lastError() {
        try {
            var lines = Files.readAllLines(errors);
            return lines.isEmpty() ? "no message" : lines.getLast();
        } catch (IOException e) {
            return "no message";
        }
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        try {
            super.close();
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
