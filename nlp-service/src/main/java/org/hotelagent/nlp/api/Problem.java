package org.hotelagent.nlp.api;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error this service answers. */
@Schema(description = "RFC 9457 problem details")
public record Problem(@Schema(description = "URI naming the kind of problem") String type,
                      @Schema(description = "Short summary of the kind of problem") String title,
                      @Schema(description = "HTTP status code") int status,
                      @Schema(description = "What went wrong with this request") String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Response response(Response.Status status, String kind, String detail) {
        var problem = new Problem("urn:hotel-agent:problem:" + kind, status.getReasonPhrase(), status.getStatusCode(),
                detail);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
