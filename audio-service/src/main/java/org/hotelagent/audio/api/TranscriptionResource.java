package org.hotelagent.audio.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import org.hotelagent.audio.config.AudioConfig;
import org.hotelagent.audio.domain.AudioException;
import org.hotelagent.audio.domain.SpeechToText;

/** Turns guest voice notes and recordings into text. Methods run on worker threads: ffmpeg and Vosk block. */
@Path("/api/transcriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Transcriptions", description = "Speech-to-text with Vosk, any input format through ffmpeg")
public class TranscriptionResource {

    private static final String LANGUAGE_DOC = "ISO 639-1 code of the spoken language (es, en, pt)";

    private final SpeechToText speechToText;
    private final long maxBytes;

    TranscriptionResource(SpeechToText speechToText, AudioConfig config) {
        this.speechToText = speechToText;
        this.maxBytes = config.stt().maxBytes();
    }

    @POST
    @Consumes({"audio/*", "video/webm", "video/mp4", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Transcribe a recording sent as the request body (Ogg/Opus, WebM, MP3, M4A, WAV, ...)")
    @APIResponse(responseCode = "200", description = "The transcription",
            content = @Content(schema = @Schema(implementation = TranscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty body", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than audio.stt.max-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not an audio content type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unreadable or too long audio, or no model for the language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Every transcription slot is busy; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TranscriptionResponse transcribeBody(
            @Parameter(description = LANGUAGE_DOC) @QueryParam("language") @DefaultValue("en") String language,
            InputStream body) {
        var recording = Uploads.store(body, maxBytes);
        try {
            return TranscriptionResponse.from(speechToText.transcribe(recording, language));
        } finally {
            delete(recording);
        }
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Transcribe a recording uploaded as the 'file' part of a form")
    @APIResponse(responseCode = "200", description = "The transcription",
            content = @Content(schema = @Schema(implementation = TranscriptionResponse.class)))
    @APIResponse(responseCode = "400", description = "No or empty 'file' part",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than audio.stt.max-bytes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unreadable or too long audio, or no model for the language",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Every transcription slot is busy; retry after Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TranscriptionResponse transcribeUpload(
            @Parameter(description = LANGUAGE_DOC) @QueryParam("language") @DefaultValue("en") String language,
            @RestForm("file") FileUpload file) {
        if (file == null) {
            throw new AudioException(AudioException.Reason.INVALID_REQUEST, "The form needs a 'file' part");
        }
        Uploads.check(file.size(), maxBytes);
        return TranscriptionResponse.from(speechToText.transcribe(file.uploadedFile(), language));
    }

    private static void delete(java.nio.file.Path recording) {
        try {
            Files.deleteIfExists(recording);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
