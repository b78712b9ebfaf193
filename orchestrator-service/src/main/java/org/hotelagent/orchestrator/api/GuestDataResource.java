package org.hotelagent.orchestrator.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.domain.GuestDataService;
import org.hotelagent.orchestrator.persistence.GuestDataRepository.AuditEntry;
import org.hotelagent.orchestrator.persistence.StoredGuestData;

/**
 * GDPR requests of a guest: export and erasure of what the agent stores about them. POST bodies rather than query
 * parameters, so no guest address lands in an access log.
 */
@Path("/api/guest-data")
@Tag(name = "Guest data", description = "GDPR export and erasure of a guest's data (JWT, role admin)")
@SecurityRequirement(name = "jwt")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class GuestDataResource {

    private final GuestDataService guestData;
    private final HotelScope scope;

    GuestDataResource(GuestDataService guestData, HotelScope scope) {
        this.guestData = guestData;
        this.scope = scope;
    }

    @POST
    @Path("/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export everything stored about a guest: conversations, turns, slots, pending actions")
    @APIResponse(responseCode = "200", description = "The guest's data in the caller's hotels (no conversations when "
            + "nothing is stored there: another hotel's are treated as unknown)")
    @APIResponse(responseCode = "400", description = "Neither a conversation id nor an address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token lacks the admin role")
    public Uni<Response> export(GuestDataRequest request, @Context SecurityContext security) {
        if (GuestDataRequest.isEmpty(request)) {
            return Uni.createFrom().item(invalid());
        }
        return guestData.export(request.ids(), request.channelAddresses(), scope.caller(), actor(security))
                .map(exported -> Response.ok(new GuestDataExport(exported.audit().id(),
                        exported.audit().requestedAt(), exported.conversations())).build());
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Erase a guest's data: contact data, texts and slots go, counts and booking references stay")
    @APIResponse(responseCode = "200", description = "Erased in the caller's hotels (0 conversations when there was "
            + "nothing left there: another hotel's are treated as unknown and left alone)")
    @APIResponse(responseCode = "400", description = "Neither a conversation id nor an address",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token lacks the admin role")
    public Uni<Response> erase(GuestDataRequest request, @Context SecurityContext security) {
        if (GuestDataRequest.isEmpty(request)) {
            return Uni.createFrom().item(invalid());
        }
        return guestData.erase(request.ids(), request.channelAddresses(), scope.caller(), actor(security))
                .map(audit -> Response.ok(new GuestDataErasure(audit.id(), audit.requestedAt(),
                        audit.conversations())).build());
    }

    @GET
    @Path("/requests")
    @Operation(summary = "The audit trail of guest data requests, most recent first")
    @APIResponse(responseCode = "200", description = "Who asked for what and when, without guest data")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "The token lacks the admin role")
    public Uni<List<AuditEntry>> requests(@QueryParam("limit") @DefaultValue("100") int limit) {
        return guestData.auditTrail(Math.clamp(limit, 1, 1000));
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    private static Response invalid() {
        return Problem.response(Status.BAD_REQUEST, "invalid-guest-data-request",
                "give at least one conversationId or channel address");
    }

    /** Whose data: conversations by id, and every conversation from these channel addresses. */
    @Schema(description = "The guest: conversation ids and/or channel addresses")
    public record GuestDataRequest(
            @Schema(description = "channel:hotel:guest ids") List<String> conversationIds,
            @Schema(description = "Channel addresses as the channel gives them: WhatsApp number (digits, no +), "
                    + "email address, web-chat session id") List<String> addresses) {

        static boolean isEmpty(GuestDataRequest request) {
            return request == null || request.ids().isEmpty() && request.channelAddresses().isEmpty();
        }

        List<String> ids() {
            return clean(conversationIds);
        }

        List<String> channelAddresses() {
            return clean(addresses);
        }

        private static List<String> clean(List<String> values) {
            return values == null ? List.of()
                    : values.stream().filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }
    }

    /** An export. */
    @Schema(description = "Everything stored about the guest")
    public record GuestDataExport(@Schema(description = "The audited request") UUID requestId, Instant exportedAt,
                                  List<StoredGuestData> conversations) {
    }

    /** An erasure's outcome. */
    @Schema(description = "What the erasure did")
    public record GuestDataErasure(@Schema(description = "The audited request") UUID requestId, Instant erasedAt,
                                   @Schema(description = "Conversations anonymised by this request")
                                   int conversations) {
    }
}
