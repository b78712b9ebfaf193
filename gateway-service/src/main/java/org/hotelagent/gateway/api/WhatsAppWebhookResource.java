package org.hotelagent.gateway.api;

import java.io.IOException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;

import org.hotelagent.gateway.config.GatewayConfig;
import org.hotelagent.gateway.domain.InboundService;
import org.hotelagent.gateway.domain.IngestLimit;
import org.hotelagent.gateway.domain.WebhookSignature;
import org.hotelagent.gateway.domain.WhatsAppNormalizer;

/** Meta's WhatsApp Cloud API webhook: the subscription handshake and signed message notifications. */
@Path("/api/webhooks/whatsapp")
@Tag(name = "WhatsApp webhook", description = "Called by Meta's WhatsApp Cloud API")
public class WhatsAppWebhookResource {

    private final GatewayConfig config;
    private final WhatsAppNormalizer normalizer;
    private final InboundService inbound;
    private final IngestLimit limit;
    private final ObjectMapper json;

    WhatsAppWebhookResource(GatewayConfig config, WhatsAppNormalizer normalizer, InboundService inbound,
                            IngestLimit limit, ObjectMapper json) {
        this.config = config;
        this.normalizer = normalizer;
        this.inbound = inbound;
        this.limit = limit;
        this.json = json;
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Answer Meta's subscription handshake by echoing hub.challenge")
    @APIResponse(responseCode = "200", description = "Verify token matches: the challenge, as plain text")
    @APIResponse(responseCode = "403", description = "Wrong mode or verify token")
    public Response verify(@QueryParam("hub.mode") String mode, @QueryParam("hub.verify_token") String token,
                           @QueryParam("hub.challenge") String challenge) {
        if ("subscribe".equals(mode) && config.whatsapp().verifyToken().equals(token) && challenge != null) {
            return Response.ok(challenge, MediaType.TEXT_PLAIN).build();
        }
        return Response.status(Status.FORBIDDEN).build();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a signed WhatsApp notification and publish its messages")
    @APIResponse(responseCode = "200", description = "Every message in it is durably in Kafka (or already was)")
    @APIResponse(responseCode = "400", description = "The body is not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "X-Hub-Signature-256 missing or wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body larger than the configured limit")
    @APIResponse(responseCode = "503", description = "Kafka did not take the messages, or too many webhooks are "
            + "in flight (with Retry-After): Meta will retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> receive(@HeaderParam("X-Hub-Signature-256") String signature, byte[] body) {
        if (!limit.tryAcquire()) {
            return Uni.createFrom().item(Response.fromResponse(Problem.response(Status.SERVICE_UNAVAILABLE,
                    "overloaded", "Too many webhooks in flight; retry later")).header("Retry-After", "1").build());
        }
        return verified(signature, body).onTermination().invoke(limit::release);
    }

    private Uni<Response> verified(String signature, byte[] body) {
        if (!WebhookSignature.isValid(signature, body, config.whatsapp().appSecrets())) {
            return Uni.createFrom().item(Problem.response(Status.UNAUTHORIZED, "bad-signature",
                    "X-Hub-Signature-256 is missing or does not match the body under any configured app secret"));
        }
        JsonNode webhook;
        try {
            webhook = json.readTree(body);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().item(Problem.response(Status.BAD_REQUEST, "malformed-webhook",
                    "The body is not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            return Uni.createFrom().item(Problem.response(Status.BAD_REQUEST, "malformed-webhook", e.getMessage()));
        }
        return inbound.accept(normalizer.normalize(webhook))
                .map(done -> Response.ok().build())
                .onFailure().recoverWithItem(this::unavailable);
    }

    private Response unavailable(Throwable failure) {
        Log.errorf(failure, "Could not publish a WhatsApp webhook; answering 503 so Meta retries");
        return Problem.response(Status.SERVICE_UNAVAILABLE, "broker-unavailable",
                "The message could not be stored; retry later");
    }
}
