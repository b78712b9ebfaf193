package org.hotelagent.audio.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reply to speak. */
@Schema(description = "Text to speak")
public record SpeechRequest(
        @Schema(description = "The reply text", required = true, example = "Your room is ready.") String text,
        @Schema(description = "ISO 639-1 language code (es, en, pt)", required = true, example = "en")
        String language,
        @Schema(description = "Hotel whose configured voice speaks; the default voice when absent") String hotelId,
        @Schema(description = "ogg (Opus, the default: a WhatsApp voice note), mp3 or wav", example = "ogg")
        String format) {
}
