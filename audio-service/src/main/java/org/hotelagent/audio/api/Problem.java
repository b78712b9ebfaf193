package org.hotelagent.audio.api;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error this service answers. */
@Schema(description = "RFC 9457 problem details")
public record Problem(@Schema(description = "URI naming the kind of problem",
                             example = "urn:hotel-agent:problem:language-unavailable") String type,
                     @Schema(description = "Short summary of the kind of problem") String title,
                     @Schema(description = "HTTP status code") int status,
                     @Schema(description = "What went wrong with this request") String detail) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Jakarta REST names no 422; RFC 9110 calls it Unprocessable Content. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    public static Response response(int status, String kind, String detail) {
        var known = Response.Status.fromStatusCode(status);
        var title = known != null ? known.getReasonPhrase() : "Unprocessable Content";
        var problem = new Problem("urn:hotel-agent:problem:" + kind, title, status, detail);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
