package org.hotelagent.gateway.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * SHA-256 digests of media as WhatsApp reports them: hex in {@code GET /{media-id}} answers and older webhooks, base64
 * in current webhooks. Events always carry the hex form.
 */
public final class MediaDigest {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private MediaDigest() {
    }

    /** The lower-case hex form of a reported digest; a value that is neither hex nor base64 of 32 bytes is kept. */
    public static String toHex(String reported) {
        if (reported == null || reported.isBlank()) {
            return null;
        }
        var trimmed = reported.trim();
        if (HEX.matcher(trimmed).matches()) {
            return trimmed.toLowerCase();
        }
        try {
            var bytes = Base64.getDecoder().decode(trimmed);
            return bytes.length == 32 ? HexFormat.of().formatHex(bytes) : trimmed;
        } catch (IllegalArgumentException notBase64) {
            return trimmed;
        }
    }

    /** Whether {@code data} hashes to the reported digest, in either encoding. */
    public static boolean matches(String reported, byte[] data) {
        var expected = toHex(reported);
        return expected != null && expected.equals(HexFormat.of().formatHex(sha256(data)));
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
