package org.hotelagent.gateway.client;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/** Meta Graph API, the Cloud API messages endpoint. */
@RegisterRestClient(configKey = "whatsapp")
@Path("/{version}/{phoneNumberId}/messages")
interface WhatsAppApi {

    @POST
    Uni<SendResponse> send(@PathParam("version") String version, @PathParam("phoneNumberId") String phoneNumberId,
                           @HeaderParam("Authorization") String authorization, OutboundMessage message);
}
