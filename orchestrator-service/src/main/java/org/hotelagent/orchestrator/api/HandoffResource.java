package org.hotelagent.orchestrator.api;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.domain.HandoffService;
import org.hotelagent.orchestrator.persistence.ConversationRepository.Guest;

/** Staff taking a conversation over from the agent, answering the guest, and handing it back. */
@Path("/api/conversations/{conversationId}")
@Tag(name = "Handoff", description = "Staff answering guests themselves (JWT, role staff)")
@SecurityRequirement(name = "jwt")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class HandoffResource {

    private final HandoffService handoff;
    private final HotelScope scope;

    HandoffResource(HandoffService handoff, HotelScope scope) {
        this.handoff = handoff;
        this.scope = scope;
    }

    @POST
    @Path("/claim")
    @Operation(summary = "Take the conversation over: the agent stays silent until it is released")
    @APIResponse(responseCode = "200", description = "Claimed")
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role")
    @APIResponse(responseCode = "404", description = "No such conversation, or one of a hotel the caller may not act "
            + "for (left unchanged)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> claim(@PathParam("conversationId") String conversationId) {
        return handoff.claim(conversationId, scope.caller()).map(found -> status(conversationId, found));
    }

    @POST
    @Path("/release")
    @Operation(summary = "Hand the conversation back to the agent")
    @APIResponse(responseCode = "200", description = "Released")
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role")
    @APIResponse(responseCode = "404", description = "No such conversation, or one of a hotel the caller may not act "
            + "for (left unchanged)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> release(@PathParam("conversationId") String conversationId) {
        return handoff.release(conversationId, scope.caller()).map(found -> status(conversationId, found));
    }

    @POST
    @Path("/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the guest a message written by staff, on the guest's channel")
    @APIResponse(responseCode = "202", description = "Published to the gateway")
    @APIResponse(responseCode = "400", description = "An empty text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role")
    @APIResponse(responseCode = "404", description = "No such conversation, or one of a hotel the caller may not act "
            + "for (left unchanged)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The agent is answering: claim the conversation first",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> reply(@PathParam("conversationId") String conversationId, StaffReplyRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            return Uni.createFrom().item(Problem.response(Status.BAD_REQUEST, "invalid-reply", "text is required"));
        }
        return handoff.reply(conversationId, request.text().strip(), scope.caller())
                .map(sent -> sent.map(reply -> Response.accepted(new StaffReplyResponse(reply.eventId())).build())
                        .orElseGet(() -> notFound(conversationId)))
                .onFailure(IllegalStateException.class).recoverWithItem(failure -> Problem.response(Status.CONFLICT,
                        "not-claimed", failure.getMessage()));
    }

    private static Response status(String conversationId, Optional<Guest> found) {
        return found.map(guest -> Response.ok(new HandoffResponse(conversationId, guest.handoff())).build())
                .orElseGet(() -> notFound(conversationId));
    }

    private static Response notFound(String conversationId) {
        return Problem.response(Status.NOT_FOUND, "conversation-not-found", "No conversation " + conversationId);
    }

    /** Who answers the guest now. */
    @Schema(description = "Who answers the guest now")
    public record HandoffResponse(String conversationId,
                                  @Schema(description = "none (the agent), requested or claimed (staff)")
                                  String handoff) {
    }

    /** A message staff write to the guest. */
    @Schema(description = "A message staff write to the guest")
    public record StaffReplyRequest(@Schema(description = "Sent as written, on the guest's channel", required = true)
                                    String text) {
    }

    /** The reply event published. */
    @Schema(description = "The reply event published to the gateway")
    public record StaffReplyResponse(@Schema(description = "ReplyComposed eventId") UUID replyEventId) {
    }
}
