package org.hotelagent.orchestrator.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Staff tokens as the sign-in issuer makes them, signed with the test run's in-memory key. */
public final class StaffTokens {

    private StaffTokens() {
    }

    public static String token(String user, String... groups) {
        return Jwt.issuer("hotel-agent").upn(user).groups(Set.of(groups)).expiresIn(300).sign();
    }
}
