package org.hotelagent.orchestrator.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** audio-service's text-to-speech API, as its README and OpenAPI document describe it. */
@RegisterRestClient(configKey = "audio")
@Path("/api/speech")
interface AudioApi {

    /** The spoken text: Ogg/Opus ({@code audio/ogg; codecs=opus}) unless another format is asked for. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({"audio/ogg", "application/problem+json"})
    Uni<RestResponse<byte[]>> speak(SpeechRequest request);

    /** 4xx problems (too long a text, no voice for the language) are answers; 5xx, 408 and 429 stay failures. */
    @ClientExceptionMapper
    static RuntimeException toFailure(Response response) {
        var status = response.getStatus();
        if (status < 400 || status >= 500 || status == 408 || status == 429) {
            return null;
        }
        return new SpeechRefused(status);
    }

    /** audio-service's SpeechRequest; {@code hotelId} picks the hotel's own voice when it has one. */
    record SpeechRequest(String text, String language, String hotelId, String format) {
    }

    /** audio-service would not speak this text (a 4xx problem). */
    final class SpeechRefused extends RuntimeException {
        SpeechRefused(int status) {
            super("audio-service refused to speak: HTTP " + status, null, false, false);
        }
    }
}
