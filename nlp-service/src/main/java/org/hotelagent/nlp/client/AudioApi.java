package org.hotelagent.nlp.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/** audio-service's speech-to-text endpoint. */
@RegisterRestClient(configKey = "audio")
@Path("/api/transcriptions")
interface AudioApi {

    /** The recording goes as the raw body, declared with its own content type (audio-service transcodes it). */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Transcript> transcribe(@QueryParam("language") String language,
                               @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] audio);

    /** 4xx answers concern this recording or language, so they become {@link AudioRefusal}; the rest stay failures. */
    @ClientExceptionMapper
    static RuntimeException toFailure(Response response) {
        var status = response.getStatus();
        if (status < 400 || status >= 500 || status == 408 || status == 429) {
            return null;
        }
        var body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new AudioRefusal(status, body.contains(AudioRefusal.LANGUAGE_UNAVAILABLE));
    }

    /** {@code {text, confidence, words, language, durationMillis, processingMillis}}; only what we use. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Transcript(String text, double confidence, String language, long durationMillis) {
    }
}
