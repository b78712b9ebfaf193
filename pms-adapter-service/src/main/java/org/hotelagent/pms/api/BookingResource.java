package org.hotelagent.pms.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.pms.domain.PmsService;

/** Bookings by reference: read, change and cancel, each change published on {@code bookings-changed}. */
@Path("/api/bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings", description = "Reservations in the PMS")
public class BookingResource {

    private final PmsService pms;

    BookingResource(PmsService pms) {
        this.pms = pms;
    }

    @GET
    @Path("/{reference}")
    @Operation(summary = "Read a booking by its reference")
    @APIResponse(responseCode = "200", description = "The booking",
            content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "404", description = "No booking has this reference (booking-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The PMS did not answer (pms-unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("reference") String reference) {
        return pms.find(reference)
                .map(found -> found.map(booking -> Response.ok(BookingResponse.from(booking)).build())
                        .orElseGet(() -> Problem.response(Status.NOT_FOUND, "booking-not-found",
                                "No booking has reference " + reference)))
                .onFailure().recoverWithItem(Problems::unavailable);
    }

    @PATCH
    @Path("/{reference}")
    @Operation(summary = "Change dates, party, room type or contact; the guest keeps the room when it is free")
    @APIResponse(responseCode = "200", description = "The changed booking, re-priced",
            content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed change (invalid-request)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No booking has this reference (booking-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No room free for the change (no-availability), the price"
            + " changed (price-changed) or the booking is cancelled (booking-cancelled); the booking is unchanged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The new stay or party breaks a rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The PMS did not answer (pms-unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> modify(@PathParam("reference") String reference,
            @HeaderParam(Outcomes.CONVERSATION_ID) String conversationId,
            @HeaderParam(Outcomes.CORRELATION_ID) String correlationId,
            ModifyBookingRequest request) {
        if (request == null || request.missing().isPresent()) {
            return Uni.createFrom().item(Problems.invalid(request == null ? "A JSON body is required"
                    : request.missing().get()));
        }
        return pms.modify(reference, request.toModification(), Outcomes.context(conversationId, correlationId))
                .map(Outcomes::response)
                .onFailure().recoverWithItem(Problems::unavailable);
    }

    @POST
    @Path("/{reference}/cancellation")
    @Operation(summary = "Cancel a booking and free its room; cancelling twice answers the cancelled booking")
    @APIResponse(responseCode = "200", description = "The cancelled booking",
            content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "404", description = "No booking has this reference (booking-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The PMS did not answer (pms-unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> cancel(@PathParam("reference") String reference,
            @HeaderParam(Outcomes.CONVERSATION_ID) String conversationId,
            @HeaderParam(Outcomes.CORRELATION_ID) String correlationId,
            CancellationRequest request) {
        var reason = request == null ? null : request.reason();
        return pms.cancel(reference, reason, Outcomes.context(conversationId, correlationId))
                .map(Outcomes::response)
                .onFailure().recoverWithItem(Problems::unavailable);
    }
}
