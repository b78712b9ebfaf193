package org.hotelagent.audio.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.hotelagent.audio.domain.AudioException;

/** Puts an uploaded recording in a temporary file for ffmpeg, which needs to seek in MP4/M4A containers. */
final class Uploads {

    private Uploads() {
    }

    /** Copies at most {@code maxBytes}; the caller deletes the file. */
    static Path store(InputStream body, long maxBytes) {
        try {
            var file = Files.createTempFile("recording-", ".audio");
            try (var out = Files.newOutputStream(file)) {
                var copied = body.transferTo(new BoundedOutputStream(out, maxBytes));
                check(copied, maxBytes);
                return file;
            } catch (RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the upload", e);
        }
    }

    static void check(long size, long maxBytes) {
        if (size == 0) {
            throw new AudioException(AudioException.Reason.EMPTY_AUDIO, "The recording is empty");
        }
        if (size > maxBytes) {
            throw new AudioException(AudioException.Reason.AUDIO_TOO_LARGE,
                    "Recordings may be at most " + maxBytes + " bytes");
        }
    }

    /** Refuses the byte past the limit, so an oversized upload never fills the disk. */
    private static final class BoundedOutputStream extends java.io.FilterOutputStream {
        private final long maxBytes;
        private long written;

        BoundedOutputStream(java.io.OutputStream out, long maxBytes) {
            super(out);
            this.maxBytes = maxBytes;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) throws IOException {
            written += length;
            check(written, maxBytes);
            out.write(buffer, offset, length);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
