package org.hotelagent.e2e;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** WhatsApp Cloud API webhook bodies as Meta sends them, signed the way Meta signs them. */
final class SignedWebhooks {

    private SignedWebhooks() {
    }

    static String text(String phoneNumberId, String from, String name, String wamid, String body) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"419561257915477","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",
                "phone_number_id":"%s"},"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
                "messages":[{"from":"%s","id":"%s","timestamp":"%d","text":{"body":"%s"},"type":"text"}]},
                "field":"messages"}]}]}""".formatted(phoneNumberId, name, from, from, wamid,
                System.currentTimeMillis() / 1000, body);
    }

    static String signature(String secret, String body) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
