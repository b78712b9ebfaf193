package org.hotelagent.orchestrator.api;

import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Which hotels the signed-in staff user may act for, from the token's {@code hotel_id} claim: that hotel, every
 * hotel for {@code *}, and none when the claim is missing or blank, so a token minted without it fails closed.
 */
@ApplicationScoped
public class HotelScope {

    /** The claim value of a user of every hotel. */
    public static final String ALL = "*";

    private final JsonWebToken token;

    HotelScope(JsonWebToken token) {
        this.token = token;
    }

    public boolean allows(String hotelId) {
        return caller().test(hotelId);
    }

    /**
     * The check for the current caller, read now: steps that run after a database round trip get this rather than
     * the scope, so they never depend on the request's token still being at hand.
     */
    public Predicate<String> caller() {
        var claim = hotel();
        return hotelId -> claim != null && hotelId != null && (ALL.equals(claim) || claim.equals(hotelId));
    }

    /** The caller's own hotel, {@code *} for every hotel, or null when the token names none. */
    public String hotel() {
        Object raw = token.getClaim("hotel_id");
        var value = switch (raw) {
            case JsonString json -> json.getString();
            case String text -> text;
            case null, default -> null;
        };
        return value == null || value.isBlank() ? null : value;
    }

    /** The 403 for a hotel named in the request: the caller named it, so saying so reveals nothing. */
    static Response forbidden(String hotelId) {
        return Problem.response(Status.FORBIDDEN, "hotel-not-allowed", hotelId == null
                ? "Your token names no hotel" : "Your account may not act for hotel " + hotelId);
    }
}
