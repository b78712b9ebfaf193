package org.hotelagent.orchestrator.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import org.hotelagent.orchestrator.persistence.ConversationQueries;
import org.hotelagent.orchestrator.persistence.ConversationQueries.StoredConversation;

/** The staff inbox: conversations and what was said in them. */
@Path("/api/conversations")
@Tag(name = "Conversations", description = "Staff inbox (JWT, role staff)")
@SecurityRequirement(name = "jwt")
@RolesAllowed("staff")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    private final ConversationQueries conversations;
    private final HotelScope scope;

    ConversationResource(ConversationQueries conversations, HotelScope scope) {
        this.conversations = conversations;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "List a hotel's conversations, most recent first",
            description = "Without hotelId: the caller's hotel, or every hotel for a user of all hotels (*)")
    @APIResponse(responseCode = "200", description = "The conversations",
            content = @Content(schema = @Schema(implementation = ConversationSummary.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role, or hotelId is not the caller's "
            + "hotel (or the token names no hotel)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@QueryParam("hotelId") String hotelId, @QueryParam("handoff") String handoff,
                              @QueryParam("limit") @DefaultValue("50") int limit) {
        // "*" lists every hotel: only a user of every hotel is allowed it
        var hotel = hotelId == null ? scope.hotel() : hotelId;
        if (!scope.allows(hotel)) {
            return Uni.createFrom().item(HotelScope.forbidden(hotel));
        }
        return conversations.inbox(hotel, handoff, Math.clamp(limit, 1, 500))
                .map(found -> Response.ok(found.stream().map(ConversationResource::summary).toList()).build());
    }

    @GET
    @Path("/{conversationId}")
    @Operation(summary = "Read one conversation with its state and turns")
    @APIResponse(responseCode = "200", description = "The conversation")
    @APIResponse(responseCode = "401", description = "No valid staff token")
    @APIResponse(responseCode = "403", description = "The token lacks the staff role")
    @APIResponse(responseCode = "404", description = "No such conversation, or one of a hotel the caller may not "
            + "act for",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@PathParam("conversationId") String conversationId) {
        var caller = scope.caller();
        return conversations.find(conversationId).map(found -> found
                .filter(conversation -> caller.test(conversation.hotelId()))
                .map(conversation -> Response.ok(view(conversation)).build())
                .orElseGet(() -> Problem.response(Status.NOT_FOUND, "conversation-not-found",
                        "No conversation " + conversationId)));
    }

    private static ConversationSummary summary(StoredConversation c) {
        return new ConversationSummary(c.id(), c.hotelId(), c.channel(), c.guestName(), c.language(), c.task(),
                c.handoff(), c.updatedAt());
    }

    private static ConversationView view(StoredConversation c) {
        var turns = c.turns().stream().map(t -> new ConversationView.Turn(t.at(), t.guestText(), t.intent(),
                t.language(), t.reply())).toList();
        return new ConversationView(c.id(), c.hotelId(), c.channel(), c.guestName(), c.language(), c.task(),
                c.handoff(), c.slots(), turns);
    }
}
