package org.hotelagent.orchestrator.persistence;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.domain.ConversationLanguage;
import org.hotelagent.orchestrator.domain.DialogueState;
import org.hotelagent.orchestrator.domain.Wording;

/** Conversations, their dialogue state and their turns in PostgreSQL (reactive client). */
@ApplicationScoped
public class ConversationRepository {

    private static final String LOCK = "select pg_advisory_xact_lock(hashtextextended($1, 0))";
    private static final String UPSERT_CONVERSATION = """
            insert into conversations (id, sealed_id, hotel_id, channel, guest_address_index, guest_address,
                                       guest_user_id, guest_name, language, locale)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
            on conflict (id) do update set
                guest_address_index = coalesce(excluded.guest_address_index, conversations.guest_address_index),
                guest_address = coalesce(excluded.guest_address, conversations.guest_address),
                guest_user_id = coalesce(excluded.guest_user_id, conversations.guest_user_id),
                guest_name = coalesce(excluded.guest_name, conversations.guest_name),
                language = excluded.language,
                locale = coalesce(excluded.locale, conversations.locale),
                updated_at = now()
            returning (xmax = 0) as created
            """;
    private static final String STATE = "select task, slots, dialogue from conversations where id = $1";
    private static final String LANGUAGE = "select language, locale from conversations where id = $1";
    private static final String HANDOFF = "select handoff from conversations where id = $1";
    private static final String SET_HANDOFF = """
            update conversations set handoff = $2, updated_at = now() where id = $1
            returning hotel_id, channel, guest_address, guest_user_id, guest_name, language, handoff
            """;
    private static final String GUEST = """
            select hotel_id, channel, guest_address, guest_user_id, guest_name, language, handoff
            from conversations where id = $1
            """;
    private static final String REQUEST_HANDOFF = """
            update conversations set handoff = 'requested', updated_at = now() where id = $1 and handoff = 'none'
            """;
    private static final String SAVE_STATE = """
            update conversations set task = $2, slots = $3, dialogue = $4, updated_at = now() where id = $1
            """;
    private static final String ESCALATE = """
            update conversations set escalated_at = now() where id = $1 and escalated_at is null
            """;
    private static final String INSERT_TURN = """
            insert into turns (conversation_id, source_event_id, correlation_id, guest_text, intent, language,
                               reply_event_id, reply)
            values ($1, $2, $3, $4, $5, $6, $7, $8)
            on conflict (source_event_id) do nothing
            """;
    private static final String STORED_REPLY = "select reply from turns where source_event_id = $1";

    private final Pool pool;
    private final ObjectMapper json;
    private final DataCipher cipher;

    ConversationRepository(Pool pool, ObjectMapper json, DataCipher cipher) {
        this.pool = pool;
        this.json = json;
        this.cipher = cipher;
    }

    /**
     * Runs {@code work} in one transaction holding the conversation's advisory lock, so turns and resumed actions
     * of one conversation never interleave, whatever consumer or scheduler thread runs them.
     */
    public <T> Uni<T> locked(String conversationId, Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(connection -> connection.preparedQuery(LOCK).execute(Tuple.of(conversationId))
                .chain(() -> work.apply(connection)));
    }

    /**
     * The turn recorded for this message, present when it was already answered (a redelivery); its reply is null
     * when the agent stayed silent because staff had the conversation.
     */
    public Uni<Optional<Recorded>> recorded(SqlConnection connection, UUID messageEventId) {
        return connection.preparedQuery(STORED_REPLY).execute(Tuple.of(messageEventId))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty()
                        : Optional.of(new Recorded(reply(rows.iterator().next()))));
    }

    /** none, requested or claimed. */
    public Uni<String> handoff(SqlConnection connection, String conversationId) {
        return connection.preparedQuery(HANDOFF).execute(Tuple.of(cipher.index(conversationId)))
                .map(rows -> rows.iterator().next().getString("handoff"));
    }

    public Uni<Void> requestHandoff(SqlConnection connection, String conversationId) {
        return connection.preparedQuery(REQUEST_HANDOFF).execute(Tuple.of(cipher.index(conversationId)))
                .replaceWithVoid();
    }

    /** Records the conversation's escalation to on-call; true the first time only. */
    public Uni<Boolean> escalate(SqlConnection connection, String conversationId) {
        return connection.preparedQuery(ESCALATE).execute(Tuple.of(cipher.index(conversationId)))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Creates or refreshes the conversation from the message's guest, language (es, en, pt: the region is the
     * locale's) and locale, then reads its dialogue state; {@code started} when this message created it.
     */
    public Uni<Opened> open(SqlConnection connection, MessageInterpreted message) {
        var guest = message.guest();
        return connection.preparedQuery(UPSERT_CONVERSATION).execute(Tuple.from(new Object[]{
                        cipher.index(message.conversationId()), cipher.sealed(message.conversationId()),
                        message.hotelId(), message.channel().code(), cipher.index(guest.address()),
                        cipher.sealed(guest.address()), cipher.sealed(guest.userId()),
                        cipher.sealed(guest.displayName()), Wording.languageOf(message.language()),
                        message.locale()}))
                .map(rows -> rows.iterator().next().getBoolean("created"))
                .chain(started -> state(connection, message.conversationId())
                        .map(state -> new Opened(state, started)));
    }

    /** The language the conversation is answered in and the guest's locale; empty for a new conversation. */
    public Uni<Optional<ConversationLanguage>> language(SqlConnection connection, String conversationId) {
        return connection.preparedQuery(LANGUAGE).execute(Tuple.of(cipher.index(conversationId)))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(rows.iterator().next())
                        .map(row -> new ConversationLanguage(row.getString("language"), row.getString("locale"))));
    }

    public Uni<DialogueState> state(SqlConnection connection, String conversationId) {
        return connection.preparedQuery(STATE).execute(Tuple.of(cipher.index(conversationId)))
                .map(rows -> rows.rowCount() == 0 ? DialogueState.EMPTY : state(rows.iterator().next()));
    }

    public Uni<Void> save(SqlConnection connection, String conversationId, DialogueState state) {
        return connection.preparedQuery(SAVE_STATE).execute(Tuple.of(cipher.index(conversationId), state.task(),
                        cipher.sealed(Json.text(json, state.slots())),
                        cipher.sealed(Json.text(json, state.memory()))))
                .replaceWithVoid();
    }

    /** Records a guest message and the reply to it; a null reply records that the agent stayed silent. */
    public Uni<Void> recordTurn(SqlConnection connection, MessageInterpreted message, ReplyComposed reply) {
        return insertTurn(connection, message.eventId(), message, message.text(), reply);
    }

    /** Records a reply staff wrote themselves, under its own event id. */
    public Uni<Void> recordStaffReply(SqlConnection connection, ReplyComposed reply) {
        return connection.preparedQuery(INSERT_TURN).execute(Tuple.from(new Object[]{
                cipher.index(reply.conversationId()), reply.eventId(), reply.correlationId(), null, null,
                reply.language(), reply.eventId(), cipher.sealed(Json.text(json, reply))})).replaceWithVoid();
    }

    /** Records a reply the agent sent later, on its own (the PMS answered a kept action), under {@code sourceId}. */
    public Uni<Void> recordFollowUp(SqlConnection connection, UUID sourceId, MessageInterpreted message,
                                    ReplyComposed reply) {
        return insertTurn(connection, sourceId, message, null, reply);
    }

    private Uni<Void> insertTurn(SqlConnection connection, UUID sourceId, MessageInterpreted message,
                                 String guestText, ReplyComposed reply) {
        var intent = guestText == null || message.intent() == null ? null : message.intent().intent().name();
        var silentId = UUID.nameUUIDFromBytes(("silent:" + sourceId).getBytes(StandardCharsets.UTF_8));
        return connection.preparedQuery(INSERT_TURN).execute(Tuple.from(new Object[]{
                cipher.index(message.conversationId()), sourceId, message.correlationId(), cipher.sealed(guestText),
                intent,
                reply == null ? message.language() : reply.language(), reply == null ? silentId : reply.eventId(),
                reply == null ? null : cipher.sealed(Json.text(json, reply))})).replaceWithVoid();
    }

    /** Sets who speaks to the guest: none (the agent), requested or claimed (staff); empty for no conversation. */
    public Uni<Optional<Guest>> handOver(String conversationId, String handoff) {
        return pool.preparedQuery(SET_HANDOFF).execute(Tuple.of(cipher.index(conversationId), handoff))
                .map(this::guest);
    }

    /** The conversation's guest and handoff status; empty for no conversation. */
    public Uni<Optional<Guest>> guest(String conversationId) {
        return pool.preparedQuery(GUEST).execute(Tuple.of(cipher.index(conversationId))).map(this::guest);
    }

    private Optional<Guest> guest(RowSet<Row> rows) {
        if (rows.rowCount() == 0) {
            return Optional.empty();
        }
        var row = rows.iterator().next();
        return Optional.of(new Guest(row.getString("hotel_id"), row.getString("channel"),
                new GuestRef(cipher.opened(row, "guest_address"), cipher.opened(row, "guest_user_id"),
                        cipher.opened(row, "guest_name")),
                row.getString("language"), row.getString("handoff")));
    }

    /** Who a conversation is with, and who answers them. */
    public record Guest(String hotelId, String channel, GuestRef ref, String language, String handoff) {
    }

    /** A conversation's state as a message finds it; {@code started} when that message opened the conversation. */
    public record Opened(DialogueState state, boolean started) {
    }

    /** A turn already recorded; {@code reply} is null when the agent stayed silent. */
    public record Recorded(ReplyComposed reply) {
    }

    private DialogueState state(Row row) {
        var slots = new HashMap<String, String>();
        var stored = cipher.opened(row, "slots");
        if (stored != null) {
            Json.read(json, stored, HashMap.class).forEach((key, value) -> slots.put(String.valueOf(key),
                    String.valueOf(value)));
        }
        var dialogue = cipher.opened(row, "dialogue");
        var memory = dialogue == null || "{}".equals(dialogue) ? DialogueState.Memory.EMPTY
                : Json.read(json, dialogue, DialogueState.Memory.class);
        return new DialogueState(row.getString(0), slots, memory);
    }

    private ReplyComposed reply(Row row) {
        var stored = cipher.opened(row, "reply");
        return stored == null ? null : Json.read(json, stored, ReplyComposed.class);
    }
}
