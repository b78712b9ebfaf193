package org.hotelagent.orchestrator.api;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.domain.KnowledgeTopic;
import org.hotelagent.orchestrator.domain.StaffTaskService;
import org.hotelagent.orchestrator.domain.StaffTaskService.Resolution;
import org.hotelagent.orchestrator.persistence.StaffTaskRepository.StaffTask;

/** Guest questions the hotel's stored answers did not cover, for staff to answer. */
@Path("/api")
@Tag(name = "Staff tasks", description = "Guest questions passed on to staff (JWT, role staff)")
@SecurityRequirement(name = "jwt")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffTaskResource {

    private final StaffTaskService tasks;
    private final HotelScope scope;

    StaffTaskResource(StaffTaskService tasks, HotelScope scope) {
        this.tasks = tasks;
        this.scope = scope;
    }

    @GET
    @Path("/hotels/{hotelId}/tasks")
    @Operation(summary = "List a hotel's staff tasks, newest first")
    @APIResponse(responseCode = "200", description = "The tasks")
    @APIResponse(responseCode = "400", description = "An unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role, or the hotel is not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@PathParam("hotelId") String hotelId,
                              @QueryParam("status") @DefaultValue("open") String status,
                              @QueryParam("limit") @DefaultValue("50") int limit) {
        if (!scope.allows(hotelId)) {
            return Uni.createFrom().item(HotelScope.forbidden(hotelId));
        }
        if (!List.of("open", "resolved", "all").contains(status)) {
            return Uni.createFrom().item(Problem.response(Status.BAD_REQUEST, "invalid-status",
                    "status is open, resolved or all"));
        }
        var open = "all".equals(status) ? null : "open".equals(status);
        return tasks.list(hotelId, open, Math.clamp(limit, 1, 500)).map(found -> Response.ok(found).build());
    }

    @POST
    @Path("/tasks/{taskId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer the guest's question: sent to the guest, optionally kept as the hotel's answer")
    @APIResponse(responseCode = "200", description = "Answered and sent")
    @APIResponse(responseCode = "400", description = "An empty answer or an unknown topic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role")
    @APIResponse(responseCode = "404", description = "No such task, or one of a hotel the caller may not act for "
            + "(nothing is sent)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> resolve(@PathParam("taskId") UUID taskId, ResolutionRequest request,
                                 @Context SecurityContext security) {
        var known = request == null || request.topic() == null
                || Arrays.stream(KnowledgeTopic.values()).anyMatch(t -> t.name().equals(request.topic()));
        if (request == null || request.answer() == null || request.answer().isBlank() || !known) {
            return Uni.createFrom().item(Problem.response(Status.BAD_REQUEST, "invalid-resolution",
                    "answer is required; topic, if given, one of " + Arrays.toString(KnowledgeTopic.values())));
        }
        var topic = Optional.ofNullable(request.topic()).map(KnowledgeTopic::valueOf);
        return tasks.resolve(taskId, request.answer().strip(), topic, security.getUserPrincipal().getName(),
                        scope.caller())
                .map(resolution -> switch (resolution) {
                    case Resolution.Answered answered -> Response.ok(new ResolutionResponse(taskId,
                            answered.replyEventId())).build();
                    case Resolution.NotFound ignored -> Problem.response(Status.NOT_FOUND, "task-not-found",
                            "No task " + taskId);
                    case Resolution.AlreadyResolved ignored -> Problem.response(Status.CONFLICT,
                            "task-already-resolved", "Task " + taskId + " was answered already");
                });
    }

    /** Staff's answer to a guest question. */
    @Schema(description = "The answer to send to the guest")
    public record ResolutionRequest(
            @Schema(description = "Sent to the guest as written", required = true) String answer,
            @Schema(description = "If set, also stored as the hotel's answer to this topic in the guest's language "
                    + "(parking, wifi, pets, breakfast, pool, gym, check_in_out, address, payment_methods, policies)")
            String topic) {
    }

    /** The answer sent. */
    @Schema(description = "The answer sent to the guest")
    public record ResolutionResponse(UUID taskId, @Schema(description = "ReplyComposed eventId") UUID replyEventId) {
    }
}
