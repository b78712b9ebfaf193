package org.hotelagent.orchestrator.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Row;

import org.hotelagent.orchestrator.config.OrchestratorConfig;

/**
 * Guest data at rest: AES-256-GCM for what is read back, a keyed HMAC-SHA256 for what is only looked up by equality
 * (a conversation by id, conversations by guest address). Both keys derive from the one data key of the
 * configuration ({@code orchestrator.data-key}: 256 bits, base64), so the database alone reveals nothing.
 */
@Singleton
public class DataCipher {

    /** First byte of every sealed value: which key and scheme sealed it, so a rotation can tell old from new. */
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    // an instance, not a static: nothing seeded may be captured in a native image's build-time heap
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec encryption;
    private final SecretKeySpec index;

    @Inject
    DataCipher(OrchestratorConfig config) {
        this(config.dataKey());
    }

    /** @param base64Key 32 random bytes, base64 (e.g. {@code openssl rand -base64 32}) */
    public DataCipher(String base64Key) {
        var key = decode(base64Key);
        this.encryption = new SecretKeySpec(hmac(key, "orchestrator guest data encryption v1"), "AES");
        this.index = new SecretKeySpec(hmac(key, "orchestrator guest data index v1"), "HmacSHA256");
    }

    /** Version byte, random nonce, ciphertext and tag; null for null. */
    public byte[] seal(String plain) {
        if (plain == null) {
            return null;
        }
        var nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, nonce));
            var sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain text of {@link #seal}'s output; fails if it was sealed with another key or altered. */
    public String open(byte[] sealed) {
        if (sealed == null) {
            return null;
        }
        if (sealed.length < 1 + NONCE_BYTES || sealed[0] != VERSION) {
            throw new IllegalStateException("Not a value sealed with data key version " + VERSION);
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryption, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            var plain = cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed value does not open with the configured data key", e);
        }
    }

    /** {@link #seal} as a {@code bytea} parameter. */
    Buffer sealed(String plain) {
        return plain == null ? null : Buffer.buffer(seal(plain));
    }

    /** The plain text of a {@code bytea} column {@link #seal} made; null for null. */
    String opened(Row row, String column) {
        var sealed = row.getBuffer(column);
        return sealed == null ? null : open(sealed.getBytes());
    }

    /** The keyed HMAC of {@code value}, base64url: equal values give equal indexes, nothing else is revealed. */
    public String index(String value) {
        if (value == null) {
            return null;
        }
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(index);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] decode(String base64Key) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("orchestrator.data-key is not base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("orchestrator.data-key must be 32 bytes (256 bits), base64; it has "
                    + key.length);
        }
        return key;
    }

    private static byte[] hmac(byte[] key, String purpose) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
