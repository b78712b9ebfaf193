package org.hotelagent.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** Meta Graph API, the Cloud API media upload endpoint. */
@RegisterRestClient(configKey = "whatsapp")
@Path("/{version}/{phoneNumberId}/media")
interface WhatsAppMediaApi {

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Uni<Uploaded> upload(@PathParam("version") String version, @PathParam("phoneNumberId") String phoneNumberId,
                         @HeaderParam("Authorization") String authorization, ClientMultipartForm form);

    @ClientExceptionMapper
    static RuntimeException toFailure(Response response) {
        return WhatsAppApi.toFailure(response);
    }

    /** {@code {"id": "<media-id>"}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Uploaded(String id) {
    }
}
