package org.hotelagent.orchestrator.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import io.smallrye.jwt.build.Jwt;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hotelagent.orchestrator.api.Problem;

/**
 * Signs staff in: a user and password from the staff directory buy a JWT for the staff API. Runs on a worker
 * thread (it returns a plain Response) because checking a password costs a deliberate ~0.1 s of CPU.
 */
@Path("/api/sign-in")
@Tag(name = "Sign-in", description = "Staff sign-in: issues the JWT the staff API requires")
@PermitAll
public class SignInResource {

    private final StaffDirectory directory;
    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    SignInResource(StaffDirectory directory, @ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
                   @ConfigProperty(name = "staff.token-lifetime") Duration lifetime) {
        this.directory = directory;
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = Clock.systemUTC();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange a staff user's password for a bearer token")
    @APIResponse(responseCode = "200", description = "Signed in",
            content = @Content(schema = @Schema(implementation = SignedIn.class)))
    @APIResponse(responseCode = "400", description = "User or password missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Unknown user or wrong password (the answer does not say which)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response signIn(Credentials credentials) {
        if (credentials == null || credentials.user() == null || credentials.password() == null) {
            return Problem.response(Status.BAD_REQUEST, "invalid-request", "Both user and password are required");
        }
        return directory.authenticate(credentials.user(), credentials.password().toCharArray())
                .map(user -> Response.ok(token(user)).build())
                .orElseGet(() -> Problem.response(Status.UNAUTHORIZED, "sign-in-failed",
                        "Unknown user or wrong password"));
    }

    private SignedIn token(StaffUser user) {
        var now = clock.instant();
        var expires = now.plus(lifetime);
        var token = Jwt.issuer(issuer).upn(user.name()).subject(user.name()).groups(user.roles())
                .claim("hotel_id", user.hotelId()).issuedAt(now).expiresAt(expires).sign();
        return new SignedIn(token, expires, user.name(), user.roles(), user.hotelId());
    }

    @Schema(description = "A staff user's credentials")
    public record Credentials(@Schema(required = true, examples = "staff@demo-hotel") String user,
                              @Schema(required = true) String password) {
    }

    @Schema(description = "A bearer token for the staff API")
    public record SignedIn(@Schema(description = "Send as 'Authorization: Bearer <token>'") String token,
                           Instant expiresAt, String user, Set<String> roles,
                           @Schema(description = "The user's hotel, or * for all") String hotelId) {
    }
}
