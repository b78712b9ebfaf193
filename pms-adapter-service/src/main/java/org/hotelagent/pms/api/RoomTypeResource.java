package org.hotelagent.pms.api;

import jakarta.ws.rs.GET;
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

import org.hotelagent.pms.domain.PmsService;

/** The room types of a hotel. */
@Path("/api/hotels/{hotelId}/room-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Room types", description = "What kinds of room a hotel sells")
public class RoomTypeResource {

    private final PmsService pms;

    RoomTypeResource(PmsService pms) {
        this.pms = pms;
    }

    @GET
    @Operation(summary = "List the room types of a hotel, with names per language and occupancy limits")
    @APIResponse(responseCode = "200", description = "The room types, in the hotel's display order",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RoomTypeResponse.class)))
    @APIResponse(responseCode = "404", description = "No hotel has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The PMS did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@PathParam("hotelId") String hotelId) {
        return pms.roomTypes(hotelId)
                .map(found -> found.map(types -> Response.ok(types.stream().map(RoomTypeResponse::from).toList())
                                .build())
                        .orElseGet(() -> Problem.response(Status.NOT_FOUND, "hotel-not-found",
                                "No hotel has id " + hotelId)))
                .onFailure().recoverWithItem(Problems::unavailable);
    }
}
