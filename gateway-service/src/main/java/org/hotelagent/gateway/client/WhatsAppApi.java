package org.hotelagent.gateway.client;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** Meta Graph API, the Cloud API messages endpoint. */
@RegisterRestClient(configKey = "whatsapp")
@Path("/{version}/{phoneNumberId}/messages")
interface WhatsAppApi {

    @POST
    Uni<SendResponse> send(@PathParam("version") String version, @PathParam("phoneNumberId") String phoneNumberId,
                           @HeaderParam("Authorization") String authorization, OutboundMessage message);

    @POST
    Uni<Response> markRead(@PathParam("version") String version, @PathParam("phoneNumberId") String phoneNumberId,
                           @HeaderParam("Authorization") String authorization, ReadReceipt receipt);

    /** Every error answer becomes a {@link GraphApiFailure} of the kind its {@code error.code} says. */
    @ClientExceptionMapper
    static RuntimeException toFailure(Response response) {
        GraphApiFailure.Envelope envelope = null;
        try {
            envelope = response.readEntity(GraphApiFailure.Envelope.class);
        } catch (RuntimeException notGraphJson) {
            // An HTML error page from a proxy, or no body: classified by HTTP status alone.
        }
        return GraphApiFailure.of(response.getStatus(), envelope);
    }
}
