package org.hotelagent.gateway.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.domain.email.GmailSyncService;

/**
 * The Pub/Sub push endpoint of the Gmail API transport: a notification ({@code message.data} = base64 JSON
 * {@code {emailAddress, historyId}}) triggers a history sync of that mailbox. The pushed history id is not used: the
 * sync starts from the stored one, or it would skip the very mail that caused the push. Authenticated by a shared
 * token in the subscription's push URL ({@code ?token=…}, compared in constant time).
 */
@Path("/api/webhooks/gmail")
@Tag(name = "Gmail push", description = "Called by Google Cloud Pub/Sub when a hotel's Gmail mailbox changes")
public class GmailPushResource {

    private final GatewayConfig config;
    private final GmailSyncService gmail;
    private final ObjectMapper json;

    GmailPushResource(GatewayConfig config, GmailSyncService gmail, ObjectMapper json) {
        this.config = config;
        this.gmail = gmail;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a Gmail push notification and sync that mailbox")
    @APIResponse(responseCode = "204", description = "Synced: every new mail is in Kafka (also for a mailbox that is "
            + "not ours, so Pub/Sub stops delivering it)")
    @APIResponse(responseCode = "400", description = "Not a Pub/Sub push of a Gmail notification",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Token missing or wrong, or pushes not configured",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Gmail, Kafka or Redis failed: Pub/Sub retries with backoff",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> receive(@Parameter(description = "The shared push token (gateway.email.gmail.push-token)")
                                 @QueryParam("token") String token, byte[] body) {
        if (!isExpected(token)) {
            return Uni.createFrom().item(Problem.response(Status.FORBIDDEN, "bad-push-token",
                    "The token query parameter is missing or does not match gateway.email.gmail.push-token"));
        }
        String address;
        try {
            var data = json.readTree(body).path("message").path("data").asText();
            // Pub/Sub sends standard base64; Gmail's documentation calls it base64url: accept both.
            var notification = json.readTree(Base64.getDecoder().decode(data.replace('-', '+').replace('_', '/')));
            address = notification.path("emailAddress").asText();
        } catch (IOException | IllegalArgumentException notAPush) {
            return Uni.createFrom().item(Problem.response(Status.BAD_REQUEST, "invalid-push",
                    "Expected a Pub/Sub push whose message.data is base64 JSON {emailAddress, historyId}"));
        }
        var hotel = gmail.hotelOf(address);
        if (hotel.isEmpty()) {
            Log.warnf("Gmail push for a mailbox no hotel is configured with; acknowledged and ignored");
            return Uni.createFrom().item(Response.noContent().build());
        }
        return gmail.sync(hotel.get()).replaceWith(Response.noContent().build())
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Gmail mailbox of hotel %s not synced on push (%s); Pub/Sub retries", hotel.get(),
                            failure.toString());
                    return Problem.response(Status.SERVICE_UNAVAILABLE, "sync-failed", failure.getMessage());
                });
    }

    private boolean isExpected(String token) {
        var expected = config.email().gmail().pushToken();
        return token != null && expected.isPresent() && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8));
    }
}
