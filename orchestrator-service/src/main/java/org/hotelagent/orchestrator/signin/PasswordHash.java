package org.hotelagent.orchestrator.signin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A stored password in the form {@code pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>} (PBKDF2 with
 * HMAC-SHA256), which {@code openssl kdf} can produce, so no plain password sits in configuration.
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {

    private static final String SCHEME = "pbkdf2-sha256";

    public static PasswordHash parse(String stored) {
        var parts = stored.strip().split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("expected " + SCHEME + "$<iterations>$<salt>$<hash>");
        }
        var decoder = Base64.getDecoder();
        return new PasswordHash(Integer.parseInt(parts[1]), decoder.decode(parts[2]), decoder.decode(parts[3]));
    }

    public static PasswordHash of(char[] password, byte[] salt, int iterations) {
        return new PasswordHash(iterations, salt, derive(password, salt, iterations, 32));
    }

    /** Constant-time, so the answer's timing does not tell how much of a guess was right. */
    public boolean matches(char[] password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length));
    }

    public String format() {
        var encoder = Base64.getEncoder();
        return SCHEME + "$" + iterations + "$" + encoder.encodeToString(salt) + "$" + encoder.encodeToString(hash);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
        try {
            var spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        }
    }
}
