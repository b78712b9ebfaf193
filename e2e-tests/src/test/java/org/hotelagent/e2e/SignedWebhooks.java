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

    /** A tap on a reply button ({@code button_reply}) or a list row ({@code list_reply}) of an interactive message. */
    static String interactive(String phoneNumberId, String from, String name, String wamid, String kind, String id,
                              String title) {
        return envelope(phoneNumberId, from, name, """
                {"from":"%s","id":"%s","timestamp":"%d","type":"interactive","interactive":{"type":"%s",
                "%s":{"id":"%s","title":"%s"}}}""".formatted(from, wamid, System.currentTimeMillis() / 1000, kind, kind,
                id, title));
    }

    /** A voice note as Meta announces it: only the media id and hash; the bytes are fetched from the Graph API. */
    static String voice(String phoneNumberId, String from, String name, String wamid, String mediaId, String sha256) {
        return envelope(phoneNumberId, from, name, """
                {"from":"%s","id":"%s","timestamp":"%d","type":"audio","audio":{"mime_type":"audio/ogg; codecs=opus",
                "sha256":"%s","id":"%s","voice":true}}""".formatted(from, wamid, System.currentTimeMillis() / 1000,
                sha256, mediaId));
    }

    private static String envelope(String phoneNumberId, String from, String name, String message) {
        return """
                {"object":"whatsapp_business_account","entry":[{"id":"419561257915477","changes":[{"value":{
                "messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881",
                "phone_number_id":"%s"},"contacts":[{"profile":{"name":"%s"},"wa_id":"%s"}],
                "messages":[%s]},"field":"messages"}]}]}""".formatted(phoneNumberId, name, from, message);
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
