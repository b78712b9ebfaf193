package org.hotelagent.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class MediaDigestTest {

    private static final byte[] OGG = "OggS".getBytes(StandardCharsets.US_ASCII);
    // printf OggS | sha256sum
    private static final String HEX = "68d9ed2adb24458ff173db06b41b9d1b6e228764c457030d63fad11b02bfae1e";

    @Test
    void acceptsTheDigestInHexOrBase64() {
        var base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(HEX));

        assertThat(MediaDigest.matches(HEX, OGG)).isTrue();
        assertThat(MediaDigest.matches(HEX.toUpperCase(), OGG)).isTrue();
        assertThat(MediaDigest.matches(base64, OGG)).isTrue();
        assertThat(MediaDigest.toHex(base64)).isEqualTo(HEX);
    }

    @Test
    void refusesOtherBytesAndMissingDigests() {
        assertThat(MediaDigest.matches(HEX, "OggT".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(MediaDigest.matches(null, OGG)).isFalse();
        assertThat(MediaDigest.toHex("<HASH>")).isEqualTo("<HASH>");
    }
}
