package org.hotelagent.nlp.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.hotelagent.nlp.domain.LanguageDetector;

/** Interprets a text on request, for tools, tests and people trying the agent's understanding. */
@Path("/api/interpretations")
@Tag(name = "Interpretations", description = "What a guest text means")
public class InterpretationResource {

    private final LanguageDetector languages;

    InterpretationResource(LanguageDetector languages) {
        this.languages = languages;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Interpret a guest text")
    @APIResponse(responseCode = "200", description = "The interpretation")
    @APIResponse(responseCode = "400", description = "No text given")
    public InterpretationResponse interpret(InterpretationRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw new BadRequestException("text is required");
        }
        var language = languages.detect(request.text(), request.languageHint());
        return new InterpretationResponse(request.text(), language.code(), language.confidence());
    }

    /** A text to interpret, with the conversation's language as a hint for very short texts. */
    @Schema(description = "A guest text to interpret")
    public record InterpretationRequest(@Schema(description = "The guest's words", required = true) String text,
                                        @Schema(description = "ISO 639-1 language of the conversation so far")
                                        String languageHint) {
    }

    /** What the text means. */
    @Schema(description = "The interpretation of a guest text")
    public record InterpretationResponse(String text,
                                         @Schema(description = "ISO 639-1 code: es, en or pt") String language,
                                         @Schema(description = "Probability of the language, 0 when assumed")
                                         double languageConfidence) {
    }
}
