package org.hotelagent.gateway.client;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Graph API error, classified by Meta's {@code error.code} rather than the HTTP status (Meta answers 190 as 400
 * or 401, and 132001 as 404). Each kind is its own class so fault tolerance can retry only what may succeed later.
 */
public abstract sealed class GraphApiFailure extends RuntimeException {

    /** Throughput (130429), pair rate (131056), app or WABA call rate (4, 80007), number in maintenance (131057). */
    private static final Set<Integer> THROTTLING = Set.of(130429, 131056, 4, 80007, 131057);
    /** Unknown error or service unavailable. */
    private static final Set<Integer> TRANSIENT = Set.of(1, 2, 131000, 131016);

    private final int httpStatus;
    private final Error error;

    GraphApiFailure(int httpStatus, Error error) {
        super("Graph API answered HTTP " + httpStatus + " with code " + error.code() + ": " + error.message()
                + " (fbtrace_id " + error.fbtraceId() + ")");
        this.httpStatus = httpStatus;
        this.error = error;
    }

    public static GraphApiFailure of(int httpStatus, Envelope envelope) {
        var error = envelope == null || envelope.error() == null
                ? new Error("HTTP " + httpStatus + " without a Graph error body", null, null, null, null, null)
                : envelope.error();
        var code = error.code() == null ? -1 : error.code();
        if (THROTTLING.contains(code)) {
            return new Throttled(httpStatus, error);
        }
        if (code == 131047) {
            return new WindowClosed(httpStatus, error);
        }
        if (code == 190 || code == 0) {
            return new Unauthorized(httpStatus, error);
        }
        if (TRANSIENT.contains(code) || code == -1 && (httpStatus >= 500 || httpStatus == 429)
                || Boolean.TRUE.equals(error.isTransient())) {
            return new Transient(httpStatus, error);
        }
        return new Refused(httpStatus, error);
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Meta's code as text, {@code http-<status>} when the body had none. */
    public String code() {
        return error.code() == null ? "http-" + httpStatus : error.code().toString();
    }

    public String title() {
        return error.message();
    }

    public String details() {
        return error.errorData() == null ? null : error.errorData().details();
    }

    /** Too fast for Meta: wait and try again. */
    public static final class Throttled extends GraphApiFailure {
        Throttled(int httpStatus, Error error) {
            super(httpStatus, error);
        }
    }

    /** Meta failed on its side; the same request may succeed later. */
    public static final class Transient extends GraphApiFailure {
        Transient(int httpStatus, Error error) {
            super(httpStatus, error);
        }
    }

    /** 131047: the guest's 24 h window is closed; only a template may be sent. */
    public static final class WindowClosed extends GraphApiFailure {
        WindowClosed(int httpStatus, Error error) {
            super(httpStatus, error);
        }
    }

    /** 190: the access token expired or was revoked; nothing will work until an operator replaces it. */
    public static final class Unauthorized extends GraphApiFailure {
        Unauthorized(int httpStatus, Error error) {
            super(httpStatus, error);
        }
    }

    /** Any other error: this message will never be accepted as it is. */
    public static final class Refused extends GraphApiFailure {
        Refused(int httpStatus, Error error) {
            super(httpStatus, error);
        }
    }

    /** {@code {"error": {...}}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Envelope(Error error) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(String message, String type, Integer code,
                        @JsonProperty("error_subcode") Integer errorSubcode,
                        @JsonProperty("error_data") ErrorData errorData,
                        @JsonProperty("fbtrace_id") String fbtraceId,
                        @JsonProperty("is_transient") Boolean isTransient) {

        Error(String message, String type, Integer code, Integer errorSubcode, ErrorData errorData,
              String fbtraceId) {
            this(message, type, code, errorSubcode, errorData, fbtraceId, null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ErrorData(String details) {
    }
}
