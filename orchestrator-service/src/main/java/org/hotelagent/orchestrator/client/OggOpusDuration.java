package org.hotelagent.orchestrator.client;

import java.util.OptionalLong;

/**
 * How long an Ogg/Opus stream plays, read from its pages (RFC 7845): the last page's granule position counts 48 kHz
 * samples, less the pre-skip the OpusHead packet declares. No decoding.
 */
final class OggOpusDuration {

    private static final byte[] CAPTURE = {'O', 'g', 'g', 'S'};
    private static final byte[] OPUS_HEAD = {'O', 'p', 'u', 's', 'H', 'e', 'a', 'd'};
    private static final int PAGE_HEADER = 27;
    private static final long SAMPLES_PER_MILLI = 48;

    private OggOpusDuration() {
    }

    /** Empty when {@code data} is not an Ogg/Opus stream with a final granule position. */
    static OptionalLong of(byte[] data) {
        if (data == null || !at(data, 0, CAPTURE) || data.length < PAGE_HEADER) {
            return OptionalLong.empty();
        }
        var head = PAGE_HEADER + (data[26] & 0xff);
        if (!at(data, head, OPUS_HEAD) || data.length < head + 12) {
            return OptionalLong.empty();
        }
        var preSkip = (data[head + 10] & 0xff) | (data[head + 11] & 0xff) << 8;
        for (var page = data.length - PAGE_HEADER; page > 0; page--) {
            if (at(data, page, CAPTURE)) {
                var granule = littleEndianLong(data, page + 6);
                return granule <= preSkip ? OptionalLong.empty()
                        : OptionalLong.of((granule - preSkip) / SAMPLES_PER_MILLI);
            }
        }
        return OptionalLong.empty();
    }

    private static boolean at(byte[] data, int offset, byte[] pattern) {
        if (offset < 0 || offset + pattern.length > data.length) {
            return false;
        }
        for (var i = 0; i < pattern.length; i++) {
            if (data[offset + i] != pattern[i]) {
                return false;
            }
        }
        return true;
    }

    private static long littleEndianLong(byte[] data, int offset) {
        var value = 0L;
        for (var i = 7; i >= 0; i--) {
            value = value << 8 | (data[offset + i] & 0xff);
        }
        return value;
    }
}
