package org.hotelagent.orchestrator.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.nlp.MessageInterpreted;

/** Conversations and their turns in PostgreSQL (reactive client). */
@ApplicationScoped
public class ConversationRepository {

    private static final String UPSERT_CONVERSATION = """
            insert into conversations (id, hotel_id, channel, guest_address, guest_user_id, guest_name, language)
            values ($1, $2, $3, $4, $5, $6, $7)
            on conflict (id) do update set
                guest_address = coalesce(excluded.guest_address, conversations.guest_address),
                guest_user_id = coalesce(excluded.guest_user_id, conversations.guest_user_id),
                guest_name = coalesce(excluded.guest_name, conversations.guest_name),
                language = excluded.language,
                updated_at = now()
            """;
    private static final String INSERT_TURN = """
            insert into turns (conversation_id, source_event_id, correlation_id, guest_text, intent, language,
                               reply_event_id, reply)
            values ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
            on conflict (source_event_id) do nothing
            returning id
            """;
    private static final String STORED_REPLY = "select reply::text as reply from turns where source_event_id = $1";

    private final Pool pool;
    private final ObjectMapper json;

    ConversationRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /**
     * Records the turn and its reply in one transaction and returns the reply to send: {@code reply} for a new turn,
     * or the reply stored the first time when the message was already answered (a redelivery).
     */
    public Uni<ReplyComposed> recordTurn(MessageInterpreted message, ReplyComposed reply) {
        return pool.withTransaction(connection -> upsertConversation(connection, message)
                .chain(() -> connection.preparedQuery(INSERT_TURN).execute(Tuple.from(new Object[]{
                        message.conversationId(), message.eventId(), message.correlationId(), message.text(),
                        message.intent() == null ? null : message.intent().intent().name(), reply.language(),
                        reply.eventId(), new JsonObject(write(reply))})))
                .chain(inserted -> inserted.rowCount() == 1 ? Uni.createFrom().item(reply)
                        : storedReply(connection, message)));
    }

    private Uni<?> upsertConversation(SqlConnection connection, MessageInterpreted message) {
        var guest = message.guest();
        return connection.preparedQuery(UPSERT_CONVERSATION).execute(Tuple.from(new Object[]{
                message.conversationId(), message.hotelId(), message.channel().code(), guest.address(),
                guest.userId(), guest.displayName(), message.language()}));
    }

    private Uni<ReplyComposed> storedReply(SqlConnection connection, MessageInterpreted message) {
        return connection.preparedQuery(STORED_REPLY).execute(Tuple.of(message.eventId()))
                .map(rows -> read(rows.iterator().next().getString("reply")));
    }

    private String write(ReplyComposed reply) {
        try {
            return json.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A reply could not be written as JSON", e);
        }
    }

    private ReplyComposed read(String stored) {
        try {
            return json.readValue(stored, ReplyComposed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored reply could not be read", e);
        }
    }
}
