package org.hotelagent.orchestrator.client;

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

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.client.Pms.Booking;
import org.hotelagent.orchestrator.client.Pms.BookingRequest;
import org.hotelagent.orchestrator.client.Pms.Cancellation;
import org.hotelagent.orchestrator.client.Pms.Change;
import org.hotelagent.orchestrator.client.Pms.Quote;
import org.hotelagent.orchestrator.client.Pms.QuoteRequest;

/** pms-adapter-service's REST API, as its README and OpenAPI document describe it. */
@RegisterRestClient(configKey = "pms")
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
interface PmsApi {

    String IDEMPOTENCY_KEY = "Idempotency-Key";
    String CONVERSATION_ID = "X-Conversation-Id";
    String CORRELATION_ID = "X-Correlation-Id";

    @POST
    @Path("/hotels/{hotelId}/availability")
    Uni<Quote> quote(@PathParam("hotelId") String hotelId, QuoteRequest request);

    @POST
    @Path("/hotels/{hotelId}/bookings")
    Uni<Booking> book(@PathParam("hotelId") String hotelId, @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                      @HeaderParam(CONVERSATION_ID) String conversationId,
                      @HeaderParam(CORRELATION_ID) String correlationId, BookingRequest request);

    @GET
    @Path("/bookings/{reference}")
    Uni<Booking> booking(@PathParam("reference") String reference);

    @PATCH
    @Path("/bookings/{reference}")
    Uni<Booking> change(@PathParam("reference") String reference, @HeaderParam(CONVERSATION_ID) String conversationId,
                        @HeaderParam(CORRELATION_ID) String correlationId, Change change);

    @POST
    @Path("/bookings/{reference}/cancellation")
    Uni<Booking> cancel(@PathParam("reference") String reference, @HeaderParam(CONVERSATION_ID) String conversationId,
                        @HeaderParam(CORRELATION_ID) String correlationId, Cancellation cancellation);

    /** 4xx problems are the PMS's answer about this request; 5xx, 408 and 429 stay failures (it is unwell). */
    @ClientExceptionMapper
    static RuntimeException toFailure(Response response) {
        var status = response.getStatus();
        if (status < 400 || status >= 500 || status == 408 || status == 429) {
            return null;
        }
        var body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new PmsRefusal(status, PmsRefusal.kindIn(body));
    }
}
