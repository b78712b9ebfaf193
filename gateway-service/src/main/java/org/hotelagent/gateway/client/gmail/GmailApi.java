package org.hotelagent.gateway.client.gmail;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;

/**
 * The Gmail API v1 resources the e-mail channel uses (users.history.list, users.getProfile, users.messages.list,
 * .get, .send, users.watch). Built per mailbox with its base URL, so no config key.
 */
@Path("/gmail/v1/users/{userId}")
interface GmailApi {

    @GET
    @Path("/history")
    Uni<HistoryList> history(@PathParam("userId") String userId, @HeaderParam("Authorization") String bearer,
                             @QueryParam("startHistoryId") long startHistoryId,
                             @QueryParam("historyTypes") String historyTypes, @QueryParam("labelId") String labelId,
                             @QueryParam("pageToken") String pageToken);

    @GET
    @Path("/profile")
    Uni<Profile> profile(@PathParam("userId") String userId, @HeaderParam("Authorization") String bearer);

    @GET
    @Path("/messages")
    Uni<MessageList> messages(@PathParam("userId") String userId, @HeaderParam("Authorization") String bearer,
                              @QueryParam("labelIds") String labelIds, @QueryParam("q") String query,
                              @QueryParam("maxResults") int maxResults, @QueryParam("pageToken") String pageToken);

    @GET
    @Path("/messages/{id}")
    Uni<Message> message(@PathParam("userId") String userId, @HeaderParam("Authorization") String bearer,
                         @PathParam("id") String id, @QueryParam("format") String format);

    @POST
    @Path("/messages/send")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Message> send(@PathParam("userId") String userId, @HeaderParam("Authorization") String bearer,
                      Outgoing message);

    @POST
    @Path("/watch")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Watch> watch(@PathParam("userId") String userId, @HeaderParam("Authorization") String bearer,
                     WatchRequest request);

    @ClientExceptionMapper
    static RuntimeException toFailure(Response response) {
        String body;
        try {
            body = response.readEntity(String.class);
        } catch (RuntimeException unreadable) {
            body = "";
        }
        return new GmailFailure("Gmail API answered " + response.getStatus() + ": " + body, response.getStatus());
    }

    /** users.history.list: {@code history[]} oldest first, {@code historyId} the mailbox's current one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record HistoryList(List<History> history, String nextPageToken, String historyId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record History(String id, List<Added> messagesAdded) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Added(Message message) {
    }

    /** A message; {@code raw} (base64url RFC 5322) only with {@code format=raw}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Message(String id, String threadId, List<String> labelIds, String historyId, String raw) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MessageList(List<Message> messages, String nextPageToken) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Profile(String emailAddress, String historyId) {
    }

    /** The body of users.messages.send: the mail as base64url, and the thread it continues (left out when null). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Outgoing(String raw, String threadId) {
    }

    record WatchRequest(String topicName, List<String> labelIds, String labelFilterBehavior) {
    }

    /** {@code expiration} in epoch milliseconds. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Watch(String historyId, String expiration) {
    }
}
