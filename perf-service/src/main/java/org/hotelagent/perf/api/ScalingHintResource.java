package org.hotelagent.perf.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.perf.domain.Decision;
import org.hotelagent.perf.domain.HpaApplier;
import org.hotelagent.perf.domain.ScalingAdvisor;

/** Desired replicas per service, with the reasons, as also published on the Prometheus gauges. */
@Path("/api/scaling-hints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scaling hints", description = "Replicas each service needs for its load, and why")
public class ScalingHintResource {

    private final ScalingAdvisor advisor;
    private final HpaApplier applier;

    ScalingHintResource(ScalingAdvisor advisor, HpaApplier applier) {
        this.advisor = advisor;
        this.applier = applier;
    }

    @GET
    @Operation(summary = "The latest advice for every configured service (empty before the first measurement)")
    @APIResponse(responseCode = "200", description = "One entry per service, ordered by name",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ScalingHintResponse.class)))
    public List<ScalingHintResponse> latest() {
        return advisor.latest().stream().map(this::response).toList();
    }

    @GET
    @Path("/{service}")
    @Operation(summary = "The latest advice for one service")
    @APIResponse(responseCode = "200", description = "The advice and its reasons",
            content = @Content(schema = @Schema(implementation = ScalingHintResponse.class)))
    @APIResponse(responseCode = "404", description = "Service not configured, or not measured yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response one(@PathParam("service") String service) {
        return advisor.latest().stream().filter(decision -> decision.service().equals(service)).findFirst()
                .map(decision -> Response.ok(response(decision)).build())
                .orElseGet(() -> Problem.response(Status.NOT_FOUND, "unknown-service",
                        "No advice for " + service + ": not configured under perf.services, or not measured yet"));
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Measure every service now instead of waiting for the schedule; unreachable sources "
            + "become reasons, not errors; with perf.kubernetes.apply-hints, answers once the HPAs are patched")
    @APIResponse(responseCode = "200", description = "The new advice, one entry per service",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ScalingHintResponse.class)))
    public Uni<List<ScalingHintResponse>> refresh() {
        return advisor.refresh().map(decisions -> decisions.stream().map(this::response).toList());
    }

    private ScalingHintResponse response(Decision decision) {
        return ScalingHintResponse.from(decision, applier.status(decision.service()));
    }
}
