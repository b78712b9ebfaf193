package org.hotelagent.pms.qloapps;

import java.util.Optional;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

import org.hotelagent.pms.domain.Rejection;
import org.hotelagent.pms.domain.Rejection.Kind;

/**
 * Turns QloApps' irregular error answers into a {@link QloAppsRejection} or a {@link QloAppsFailure}: business errors
 * of {@code bookings} are HTTP 400 carrying {@code "code": 404}, a missing booking is a 404 with an empty body, a
 * request without key gets a plain-text 401, PHP warnings become 500s.
 */
final class QloAppsErrors {

    private static final int BOOKING_ERROR = 404;
    private static final int VALIDATION_ERROR = 85;

    private QloAppsErrors() {
    }

    static RuntimeException of(int status, String body, String what) {
        var error = firstError(body);
        var code = error.map(e -> QloAppsJson.integer(e.getValue("code"))).orElse(0);
        var message = error.map(e -> e.getString("message", "")).orElse(body == null ? "" : body.strip());
        if (status == 400 && code == BOOKING_ERROR && message.startsWith("Requested room(s) not available")) {
            return new QloAppsRejection(new Rejection(Kind.NO_AVAILABILITY, "No room of the requested type is free"
                    + " on every night of the stay"));
        }
        if (status == 400 && code == BOOKING_ERROR && message.startsWith("Booking not found")) {
            return new QloAppsRejection(new Rejection(Kind.BOOKING_NOT_FOUND, "QloApps has no such booking"));
        }
        if (status == 400 && code == VALIDATION_ERROR && message.contains("Date")) {
            return new QloAppsRejection(new Rejection(Kind.INVALID_STAY, message));
        }
        return new QloAppsFailure("QloApps " + what + " answered HTTP " + status
                + (code == 0 ? "" : " code " + code) + ": " + abbreviate(message));
    }

    private static Optional<JsonObject> firstError(String body) {
        if (body == null || !body.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return QloAppsJson.objects(new JsonObject(body).getValue("errors")).stream().findFirst();
        } catch (DecodeException unreadable) {
            return Optional.empty();
        }
    }

    private static String abbreviate(String message) {
        return message.length() <= 200 ? message : message.substring(0, 200) + "…";
    }
}
