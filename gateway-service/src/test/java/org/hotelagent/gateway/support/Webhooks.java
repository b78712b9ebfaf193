package org.hotelagent.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Builds WhatsApp webhook bodies from Meta's published examples, with our own ids and a current timestamp. */
public final class Webhooks {

    public static final String NUMBER = "106540352242922";

    private Webhooks() {
    }

    /** A text from {@code from}, sent now (so it opens the guest's 24 h window). */
    public static String text(String phoneNumberId, String from, String wamid, String body) {
        return sample("inbound-text.json")
                .replace("106540352242922", phoneNumberId)
                .replace("16505551234", from)
                .replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", wamid)
                .replace("1749416383", Long.toString(Instant.now().getEpochSecond()))
                .replace("Does it come in another color?", body);
    }

    /** Meta's voice-note example from {@code from}, with our wamid and media id. */
    public static String voiceNote(String from, String wamid, String mediaId) {
        return sample("inbound-audio-voice.json")
                .replace("16505551234", from)
                .replace("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", wamid)
                .replace("1908647269898587", mediaId);
    }

    /** A status fixture about our message {@code wamid}, with or without our callback data. */
    public static String status(String fixture, String wamid, String callbackData) {
        var body = sample(fixture).replaceAll("\"id\": \"wamid\\.[^\"]*\"", "\"id\": \"" + wamid + "\"");
        return callbackData == null
                ? body.replaceAll(",?\\s*\"biz_opaque_callback_data\": \"[^\"]*\"", "")
                : body.replace("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f", callbackData);
    }

    /** A phone number nobody else uses on the shared broker. */
    public static String guestNumber() {
        return "3460" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 10_000_000L);
    }

    public static String wamid() {
        return "wamid." + UUID.randomUUID();
    }

    public static String sample(String name) {
        try (var in = Webhooks.class.getResourceAsStream("/whatsapp/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
