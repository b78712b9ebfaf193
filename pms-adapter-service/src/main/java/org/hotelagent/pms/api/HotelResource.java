package org.hotelagent.pms.api;

import java.util.List;

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

import org.hotelagent.pms.persistence.HotelRepository;

/** The hotels in the built-in PMS. */
@Path("/api/hotels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Hotels", description = "Properties managed by the built-in PMS")
public class HotelResource {

    private final HotelRepository hotels;

    HotelResource(HotelRepository hotels) {
        this.hotels = hotels;
    }

    @GET
    @Operation(summary = "List every hotel")
    @APIResponse(responseCode = "200", description = "All hotels, ordered by id",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HotelResponse.class)))
    @APIResponse(responseCode = "503", description = "The PMS database did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list() {
        return hotels.findAll()
                .map(all -> Response.ok(all.stream().map(HotelResponse::from).toList()).build())
                .onFailure().recoverWithItem(Problems::unavailable);
    }

    @GET
    @Path("/{hotelId}")
    @Operation(summary = "Get one hotel by id")
    @APIResponse(responseCode = "200", description = "The hotel",
            content = @Content(schema = @Schema(implementation = HotelResponse.class)))
    @APIResponse(responseCode = "404", description = "No hotel has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The PMS database did not answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("hotelId") String hotelId) {
        return hotels.findById(hotelId)
                .map(found -> found.map(hotel -> Response.ok(HotelResponse.from(hotel)).build())
                        .orElseGet(() -> Problem.response(Status.NOT_FOUND, "hotel-not-found",
                                "No hotel has id " + hotelId)))
                .onFailure().recoverWithItem(Problems::unavailable);
    }
}
