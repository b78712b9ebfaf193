package org.hotelagent.pms.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.pms.domain.PmsService;

/**
 * New bookings in a hotel, idempotent on the {@code Idempotency-Key} header. (Its own root resource: JAX-RS picks the
 * class with the longest matching path first, so these paths cannot live under {@code /api/bookings}.)
 */
@Path("/api/hotels/{hotelId}/bookings")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings", description = "Reservations in the PMS")
public class HotelBookingResource {

    private final PmsService pms;

    HotelBookingResource(PmsService pms) {
        this.pms = pms;
    }

    @POST
    @Operation(summary = "Book one room; the same Idempotency-Key never creates a second booking")
    @APIResponse(responseCode = "201", description = "Booked; Location names the booking",
            content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "200", description = "A retry: the booking this Idempotency-Key created before",
            content = @Content(schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "400", description = "Idempotency-Key or a required field missing (invalid-request)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No hotel has this id (hotel-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No room of the type free on every night (no-availability),"
            + " or quotedTotal is no longer the price (price-changed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The stay or party breaks a rule (invalid-stay,"
            + " occupancy-exceeded, length-of-stay, room-type-not-found) or the key was used for another request"
            + " (idempotency-key-reused)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The PMS did not answer (pms-unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@PathParam("hotelId") String hotelId,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "Unique per intended booking")
            @HeaderParam(Outcomes.IDEMPOTENCY_KEY) String idempotencyKey,
            @Parameter(description = "The conversation asking; the Kafka key of the event")
            @HeaderParam(Outcomes.CONVERSATION_ID) String conversationId,
            @Parameter(description = "Correlation id of the guest message that caused this")
            @HeaderParam(Outcomes.CORRELATION_ID) String correlationId,
            CreateBookingRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            return Uni.createFrom().item(Problems.invalid("An Idempotency-Key header (1-200 characters) is required"));
        }
        if (request == null || request.missing().isPresent()) {
            return Uni.createFrom().item(Problems.invalid(request == null ? "A JSON body is required"
                    : request.missing().get()));
        }
        return pms.create(request.toBooking(hotelId, idempotencyKey, conversationId),
                        Outcomes.context(conversationId, correlationId))
                .map(Outcomes::response)
                .onFailure().recoverWithItem(Problems::unavailable);
    }
}
