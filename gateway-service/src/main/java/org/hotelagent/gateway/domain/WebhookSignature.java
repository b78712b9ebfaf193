package org.hotelagent.gateway.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Meta's {@code X-Hub-Signature-256} header: {@code sha256=} and the hex HMAC-SHA256 of the raw request bytes
 * under the app secret. Any configured secret may match, so secrets can be rotated without downtime.
 */
public final class WebhookSignature {

    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    public static boolean isValid(String header, byte[] rawBody, List<String> secrets) {
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        byte[] claimed;
        try {
            claimed = HexFormat.of().parseHex(header.substring(PREFIX.length()).trim());
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        var matched = false;
        for (var secret : secrets) {
            // No early exit: the time taken does not tell which secret matched.
            matched |= MessageDigest.isEqual(claimed, hmac(secret, rawBody));
        }
        return matched;
    }

    public static String sign(String secret, byte[] rawBody) {
        return PREFIX + HexFormat.of().formatHex(hmac(secret, rawBody));
    }

    private static byte[] hmac(String secret, byte[] body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
