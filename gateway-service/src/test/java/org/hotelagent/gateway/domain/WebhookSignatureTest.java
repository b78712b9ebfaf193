package org.hotelagent.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotelagent.gateway.support.Webhooks;

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
    void signsTheRawEscapedBytesMetaSendsNotAReserialisation() throws Exception {
        // Meta escapes '/' as \/ and non-ASCII as \\uXXXX; the HMAC is over those exact bytes.
        // Reference: openssl dgst -sha256 -hmac s3cret src/test/resources/whatsapp/inbound-text-raw-escaped.json
        var raw = Webhooks.sample("inbound-text-raw-escaped.json").getBytes(StandardCharsets.UTF_8);
        var header = "sha256=4c069ec2d845203520432a5405fcd5abe6ae2f84332b33e84a1ee0478bae9ab1";
        var mapper = new ObjectMapper();
        var reserialised = mapper.writeValueAsBytes(mapper.readTree(raw));

        assertThat(new String(raw, StandardCharsets.US_ASCII)).contains("\\u00e9", "https:\\/\\/hotel.example");
        assertThat(WebhookSignature.isValid(header, raw, List.of("s3cret"))).isTrue();
        assertThat(WebhookSignature.isValid(header, reserialised, List.of("s3cret"))).isFalse();
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
