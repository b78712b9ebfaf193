package org.hotelagent.orchestrator.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Staff tokens as the sign-in issuer makes them, signed with the test run's in-memory key. */
public final class StaffTokens {

    private StaffTokens() {
    }

    /** A token of a user of {@code hotelId}, or of every hotel for {@code *}. */
    public static String token(String user, String hotelId, String... groups) {
        return Jwt.issuer("hotel-agent").upn(user).groups(Set.of(groups)).claim("hotel_id", hotelId).expiresIn(300)
                .sign();
    }

    /** A token minted without the {@code hotel_id} claim, as an older issuer or a careless script would. */
    public static String withoutHotel(String user, String... groups) {
        return Jwt.issuer("hotel-agent").upn(user).groups(Set.of(groups)).expiresIn(300).sign();
    }
}
