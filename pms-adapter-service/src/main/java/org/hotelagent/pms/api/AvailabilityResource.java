package org.hotelagent.pms.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.pms.domain.PmsService;
import org.hotelagent.pms.domain.QuoteOutcome;

/** Availability quotes: free rooms and prices for dates and a party. */
@Path("/api/hotels/{hotelId}/availability")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Availability", description = "Free rooms and prices for a stay")
public class AvailabilityResource {

    private final PmsService pms;

    AvailabilityResource(PmsService pms) {
        this.pms = pms;
    }

    @POST
    @Operation(summary = "Quote a stay: free rooms, nightly prices, total and taxes per fitting room type")
    @APIResponse(responseCode = "200", description = "The offers (possibly none, or sold out with available 0)",
            content = @Content(schema = @Schema(implementation = AvailabilityResponse.class)))
    @APIResponse(responseCode = "400", description = "Dates or rooms missing or malformed (invalid-request)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No hotel has this id (hotel-not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Check-in in the past or not before check-out (invalid-stay),"
            + " a party no room takes (occupancy-exceeded), a stay too short or long (length-of-stay)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The PMS did not answer (pms-unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> quote(@PathParam("hotelId") String hotelId, AvailabilityRequest request) {
        if (request == null || request.missing().isPresent()) {
            return Uni.createFrom().item(Problems.invalid(request == null ? "A JSON body is required"
                    : request.missing().get()));
        }
        return pms.quote(hotelId, request.stay(), request.parties())
                .map(outcome -> switch (outcome) {
                    case QuoteOutcome.Quoted quoted -> Response.ok(new AvailabilityResponse(hotelId,
                            request.checkIn(), request.checkOut(), request.stay().nights(), quoted.currency(),
                            quoted.offers().stream().map(OfferResponse::from).toList())).build();
                    case QuoteOutcome.Rejected rejected -> Problems.of(rejected.rejection());
                })
                .onFailure().recoverWithItem(Problems::unavailable);
    }
}
