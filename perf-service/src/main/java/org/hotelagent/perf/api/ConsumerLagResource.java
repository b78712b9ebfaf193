package org.hotelagent.perf.api;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.perf.domain.ConsumerLagService;

/** Kafka consumer lag, the signal for scaling the consuming services. */
@Path("/api/consumer-lag")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consumer lag", description = "How far each Kafka consumer group is behind")
public class ConsumerLagResource {

    private final ConsumerLagService lags;

    ConsumerLagResource(ConsumerLagService lags) {
        this.lags = lags;
    }

    @GET
    @Operation(summary = "Measure the lag of every consumer group, or of one, per partition")
    @APIResponse(responseCode = "200", description = "One entry per consumer group, ordered by group id",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ConsumerLagResponse.class)))
    @APIResponse(responseCode = "503", description = "Kafka did not answer in time",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> measure(
            @Parameter(description = "Only this consumer group") @QueryParam("group") String group) {
        return lags.measure(Optional.ofNullable(group).filter(id -> !id.isBlank()))
                .map(all -> Response.ok(all.stream().map(ConsumerLagResponse::from).toList()).build())
                .onFailure().recoverWithItem(ConsumerLagResource::unavailable);
    }

    private static Response unavailable(Throwable failure) {
        Log.errorf(failure, "Could not read consumer lag from Kafka");
        return Problem.response(Status.SERVICE_UNAVAILABLE, "kafka-unavailable", "Kafka did not answer in time");
    }
}
