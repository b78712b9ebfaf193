package org.hotelagent.pms.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.quarkus.logging.Log;

import org.hotelagent.pms.domain.Rejection;

/** Maps the PMS's refusals and failures to problem documents with a status and a typed {@code type} URI. */
final class Problems {

    private Problems() {
    }

    static Response of(Rejection rejection) {
        return switch (rejection.kind()) {
            case HOTEL_NOT_FOUND -> Problem.response(Status.NOT_FOUND, "hotel-not-found", rejection.detail());
            case BOOKING_NOT_FOUND -> Problem.response(Status.NOT_FOUND, "booking-not-found", rejection.detail());
            case ROOM_TYPE_NOT_FOUND -> unprocessable("room-type-not-found", rejection);
            case INVALID_STAY -> unprocessable("invalid-stay", rejection);
            case OCCUPANCY_EXCEEDED -> unprocessable("occupancy-exceeded", rejection);
            case LENGTH_OF_STAY -> unprocessable("length-of-stay", rejection);
            case IDEMPOTENCY_KEY_REUSED -> unprocessable("idempotency-key-reused", rejection);
            case NO_AVAILABILITY -> Problem.response(Status.CONFLICT, "no-availability", rejection.detail());
            case PRICE_CHANGED -> Problem.response(Status.CONFLICT, "price-changed", rejection.detail());
            case BOOKING_CANCELLED -> Problem.response(Status.CONFLICT, "booking-cancelled", rejection.detail());
        };
    }

    static Response invalid(String detail) {
        return Problem.response(Status.BAD_REQUEST, "invalid-request", detail);
    }

    /** A timeout or an open breaker is logged in one line; anything unexpected with its stack trace. */
    static Response unavailable(Throwable failure) {
        if (failure instanceof FaultToleranceException) {
            Log.warnf("The PMS did not answer: %s", failure.getMessage());
        } else {
            Log.errorf(failure, "The PMS did not answer");
        }
        return Problem.response(Status.SERVICE_UNAVAILABLE, "pms-unavailable", "The PMS did not answer; try again");
    }

    private static Response unprocessable(String kind, Rejection rejection) {
        return Problem.response(422, "Unprocessable Content", kind, rejection.detail());
    }
}
