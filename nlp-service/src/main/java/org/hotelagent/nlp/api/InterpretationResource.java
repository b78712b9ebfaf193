package org.hotelagent.nlp.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

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

import org.hotelagent.nlp.config.NlpConfig;
import org.hotelagent.nlp.domain.InterpretationService;

/** Interprets a text on request, for tools, tests and people trying the agent's understanding. */
@Path("/api/interpretations")
@Tag(name = "Interpretations", description = "What a guest text means")
public class InterpretationResource {

    private final InterpretationService interpretations;
    private final NlpConfig config;

    InterpretationResource(InterpretationService interpretations, NlpConfig config) {
        this.interpretations = interpretations;
        this.config = config;
    }

    /** Runs on a worker thread: a plain return type keeps the CPU-bound models off the event loop. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Interpret a guest text: language, intent, entities, sentiment")
    @APIResponse(responseCode = "200", description = "The interpretation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InterpretationView.class)))
    @APIResponse(responseCode = "400", description = "No text, a text too long, or an invalid locale, date or zone",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response interpret(InterpretationRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            return Problem.response(Response.Status.BAD_REQUEST, "text-missing", "text is required");
        }
        if (request.text().length() > config.maxTextLength()) {
            return Problem.response(Response.Status.BAD_REQUEST, "text-too-long",
                    "text has " + request.text().length() + " characters; at most " + config.maxTextLength());
        }
        try {
            var locale = request.locale() == null ? null : Locale.forLanguageTag(request.locale());
            var referenceDate = request.referenceDate() == null ? null : LocalDate.parse(request.referenceDate());
            var zone = request.timeZone() == null ? null : ZoneId.of(request.timeZone());
            var interpretation = interpretations.interpret(request.text(), request.language(), locale,
                    referenceDate, zone);
            return Response.ok(InterpretationView.from(interpretation)).type(MediaType.APPLICATION_JSON).build();
        } catch (DateTimeException e) {
            return Problem.response(Response.Status.BAD_REQUEST, "invalid-parameter", e.getMessage());
        }
    }

    /** A text to interpret with what is known about its writer. */
    @Schema(description = "A guest text to interpret")
    public record InterpretationRequest(@Schema(description = "The guest's words", required = true) String text,
                                        @Schema(description = "ISO 639-1 language of the conversation so far, used "
                                                + "when the text is too short to tell") String language,
                                        @Schema(description = "BCP 47 locale (en-US, en-GB, es-MX, pt-BR...): "
                                                + "numeric date order and phone region") String locale,
                                        @Schema(description = "ISO date the text's dates are relative to; default "
                                                + "today in the hotel's zone") String referenceDate,
                                        @Schema(description = "IANA zone of the hotel; default nlp.time-zone")
                                        String timeZone) {
    }
}
