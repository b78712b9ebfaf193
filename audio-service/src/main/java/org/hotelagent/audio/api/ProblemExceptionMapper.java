package org.hotelagent.audio.api;

import static jakarta.ws.rs.core.Response.Status.BAD_REQUEST;
import static jakarta.ws.rs.core.Response.Status.REQUEST_ENTITY_TOO_LARGE;
import static jakarta.ws.rs.core.Response.Status.SERVICE_UNAVAILABLE;
import static jakarta.ws.rs.core.Response.Status.UNSUPPORTED_MEDIA_TYPE;
import static org.hotelagent.audio.api.Problem.UNPROCESSABLE_CONTENT;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.hotelagent.audio.domain.AudioException;

/** Turns refused audio and requests into problem documents with a status a client can act on. */
class ProblemExceptionMapper {

    /** Seconds a client should wait before retrying when every transcription slot is busy. */
    private static final String RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    Response refused(AudioException e) {
        var detail = e.getMessage();
        var response = switch (e.reason()) {
            case EMPTY_AUDIO -> Problem.response(BAD_REQUEST.getStatusCode(), "empty-audio", detail);
            case INVALID_REQUEST -> Problem.response(BAD_REQUEST.getStatusCode(), "invalid-request", detail);
            case AUDIO_TOO_LARGE -> Problem.response(REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "audio-too-large",
                    detail);
            case AUDIO_TOO_LONG -> Problem.response(UNPROCESSABLE_CONTENT, "audio-too-long", detail);
            case UNREADABLE_AUDIO -> Problem.response(UNPROCESSABLE_CONTENT, "unreadable-audio", detail);
            case LANGUAGE_UNAVAILABLE -> Problem.response(UNPROCESSABLE_CONTENT, "language-unavailable", detail);
            case BUSY -> Problem.response(SERVICE_UNAVAILABLE.getStatusCode(), "busy", detail);
        };
        return e.reason() == AudioException.Reason.BUSY
                ? Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build()
                : response;
    }

    @ServerExceptionMapper
    Response unsupported(NotSupportedException e) {
        return Problem.response(UNSUPPORTED_MEDIA_TYPE.getStatusCode(), "unsupported-media-type",
                "Send audio (audio/*, video/webm, application/octet-stream) or multipart/form-data with a 'file' part");
    }
}
