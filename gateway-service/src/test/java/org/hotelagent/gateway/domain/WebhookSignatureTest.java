package org.hotelagent.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final byte[] BODY = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsTheHmacOfTheRawBytesUnderTheSecret() {
        // Reference value computed independently: printf '%s' "$BODY" | openssl dgst -sha256 -hmac s3cret
        var header = "sha256=911fd0aa272ad28e30ab013c69b6fd0dcf41e3fbb4cca5a48a4bf3be4544ff57";

        assertThat(WebhookSignature.isValid(header, BODY, List.of("s3cret"))).isTrue();
        assertThat(WebhookSignature.isValid(header.toUpperCase().replace("SHA256", "sha256"), BODY,
                List.of("s3cret"))).isTrue();
        assertThat(WebhookSignature.sign("s3cret", BODY)).isEqualTo(header);
    }

    @Test
    void acceptsAnyOfTheRotatingSecrets() {
        var header = WebhookSignature.sign("new-secret", BODY);

        assertThat(WebhookSignature.isValid(header, BODY, List.of("old-secret", "new-secret"))).isTrue();
    }

    @Test
    void refusesAChangedBodyAMissingHeaderAndGarbage() {
        var header = WebhookSignature.sign("s3cret", BODY);
        var changed = "{\"object\":\"whatsapp_business_account \"}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.isValid(header, changed, List.of("s3cret"))).isFalse();
        assertThat(WebhookSignature.isValid(null, BODY, List.of("s3cret"))).isFalse();
        assertThat(WebhookSignature.isValid("sha256=zz", BODY, List.of("s3cret"))).isFalse();
        assertThat(WebhookSignature.isValid("sha1=" + header.substring(7), BODY, List.of("s3cret"))).isFalse();
        assertThat(WebhookSignature.isValid(header, BODY, List.of("other"))).isFalse();
    }
}
