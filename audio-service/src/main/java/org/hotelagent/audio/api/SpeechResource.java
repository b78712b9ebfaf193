package org.hotelagent.audio.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.audio.config.AudioConfig;
import org.hotelagent.audio.domain.AudioException;
import org.hotelagent.audio.domain.SpeechFormat;
import org.hotelagent.audio.domain.SpeechService;

/** Speaks the agent's replies: Ogg/Opus voice notes by default, MP3 or WAV on request. */
@Path("/api/speech")
@Tag(name = "Speech", description = "Text-to-speech with FreeTTS and espeak-ng, cached in Redis")
public class SpeechResource {

    /** Tells whether the audio came from the cache, for clients and tests; the metric counts the same. */
    static final String CACHE_HEADER = "X-Speech-Cache";

    private final SpeechService speech;
    private final int maxCharacters;

    SpeechResource(SpeechService speech, AudioConfig config) {
        this.speech = speech;
        this.maxCharacters = config.tts().maxCharacters();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"audio/ogg", "audio/mpeg", "audio/wav", Problem.MEDIA_TYPE})
    @Operation(summary = "Speak a reply in the hotel's voice for the language")
    @APIResponse(responseCode = "200", description = "The audio, in the requested format",
            content = @Content(mediaType = "audio/ogg", schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "Missing or too long text, or an unknown format",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "No voice for the language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> speak(SpeechRequest request) {
        validate(request);
        return speech.speak(request.hotelId(), request.language(), request.text().strip(),
                        SpeechFormat.parse(request.format()))
                .map(spoken -> Response.ok(spoken.audio(), spoken.format().mediaType())
                        .header(CACHE_HEADER, spoken.cached() ? "hit" : "miss").build());
    }

    private void validate(SpeechRequest request) {
        if (request == null || request.text() == null || request.text().isBlank() || request.language() == null) {
            throw new AudioException(AudioException.Reason.INVALID_REQUEST, "Send text and language");
        }
        if (request.text().length() > maxCharacters) {
            throw new AudioException(AudioException.Reason.INVALID_REQUEST,
                    "Replies may be at most " + maxCharacters + " characters");
        }
    }
}
