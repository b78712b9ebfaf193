package org.hotelagent.audio.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a short-lived tool to completion and returns its stdout, failing with its last stderr line. */
final class Processes {

    private static final long TIMEOUT_SECONDS = 60;

    private Processes() {
    }

    static byte[] output(List<String> command) {
        return output(command, null);
    }

    /** @param stdin written to the process before its output is read (small: text to speak), or null */
    static byte[] output(List<String> command, byte[] stdin) {
        Process process = null;
        try {
            var errors = Files.createTempFile("tool-", ".log");
            try {
                process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
                try (var in = process.getOutputStream()) {
                    if (stdin != null) {
                        in.write(stdin);
                    }
                }
                var output = process.getInputStream().readAllBytes();
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                    var lines = Files.readAllLines(errors);
                    throw new IllegalStateException(command.getFirst() + " failed: "
                            + (lines.isEmpty() ? "no message" : lines.getLast()));
                }
                return output;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(command.getFirst() + " does not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + command.getFirst(), e);
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }
}
