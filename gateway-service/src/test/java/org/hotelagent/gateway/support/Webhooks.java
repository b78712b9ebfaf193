package org.hotelagent.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Builds WhatsApp webhook bodies from Meta's published text example, with our own ids. */
public final class Webhooks {

    private Webhooks() {
    }

    public static String text(String phoneNumberId, String from, String wamid, String body) {
        return sample("inbound-text.json")
                .replace("106540352242922", phoneNumberId)
                .replace("16505551234", from)
                .replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", wamid)
                .replace("Does it come in another color?", body);
    }

    public static String sample(String name) {
        try (var in = Webhooks.class.getResourceAsStream("/whatsapp/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
