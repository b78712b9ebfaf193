package org.hotelagent.orchestrator.api;

import java.util.Arrays;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.domain.KnowledgeTopic;
import org.hotelagent.orchestrator.persistence.KnowledgeEntry;
import org.hotelagent.orchestrator.persistence.KnowledgeRepository;

/** What the agent may tell guests about a hotel, per topic and language; staff keep it current. */
@Path("/api/hotels/{hotelId}/knowledge")
@Tag(name = "Hotel knowledge", description = "The answers the agent gives to hotel questions (JWT, role staff)")
@SecurityRequirement(name = "jwt")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    private static final Set<String> LANGUAGES = Set.of("es", "en", "pt");

    private final KnowledgeRepository knowledge;
    private final HotelScope scope;

    KnowledgeResource(KnowledgeRepository knowledge, HotelScope scope) {
        this.knowledge = knowledge;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "List every stored answer of a hotel")
    @APIResponse(responseCode = "200", description = "The answers, by topic and language",
            content = @Content(schema = @Schema(implementation = KnowledgeEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role, or the hotel is not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@PathParam("hotelId") String hotelId) {
        if (!scope.allows(hotelId)) {
            return Uni.createFrom().item(HotelScope.forbidden(hotelId));
        }
        return knowledge.all(hotelId).map(entries -> Response.ok(entries).build());
    }

    @PUT
    @Path("/{topic}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or replace the answer to one topic in one language")
    @APIResponse(responseCode = "200", description = "The stored answer")
    @APIResponse(responseCode = "400", description = "Unknown topic or language, or an empty answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role, or the hotel is not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> save(@PathParam("hotelId") String hotelId, @PathParam("topic") String topic,
                              @PathParam("language") String language, AnswerRequest request,
                              @Context SecurityContext security) {
        if (!scope.allows(hotelId)) {
            return Uni.createFrom().item(HotelScope.forbidden(hotelId));
        }
        var known = Arrays.stream(KnowledgeTopic.values()).anyMatch(t -> t.name().equals(topic));
        if (!known || !LANGUAGES.contains(language) || request == null || request.answer() == null
                || request.answer().isBlank()) {
            return Uni.createFrom().item(Problem.response(Status.BAD_REQUEST, "invalid-knowledge",
                    "topic must be one of " + Arrays.toString(KnowledgeTopic.values())
                            + ", language one of " + LANGUAGES + ", and the answer not empty"));
        }
        return knowledge.save(hotelId, KnowledgeTopic.valueOf(topic), language, request.answer().strip(),
                        security.getUserPrincipal().getName())
                .map(saved -> Response.ok(saved).build());
    }

    /** The text guests are told. */
    @Schema(description = "An answer as guests will read it")
    public record AnswerRequest(@Schema(description = "Short: it is read on a phone", required = true)
                                String answer) {
    }
}
