package org.hotelagent.orchestrator.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/** Everything stored about a guest, read out for an export or anonymised for an erasure (GDPR). */
@ApplicationScoped
public class GuestDataRepository {

    private static final String FIND = """
            select sealed_id, hotel_id from conversations
            where erased_at is null and (id = any($1) or guest_address_index = any($2)) order by created_at
            """;
    private static final String CONVERSATIONS = """
            select id, sealed_id, hotel_id, channel, guest_address, guest_user_id, guest_name, language, locale, task,
                   handoff, slots, dialogue, created_at, updated_at
            from conversations where id = any($1) order by created_at
            """;
    private static final String TURNS = """
            select conversation_id, created_at, source_event_id, guest_text, intent, language, reply
            from turns where conversation_id = any($1) order by id
            """;
    private static final String PENDING = """
            select conversation_id, created_at, action, attempts, resolved_at, outcome
            from pending_actions where conversation_id = any($1) order by created_at
            """;
    private static final String QUESTIONS = """
            select conversation_id, created_at, question, resolved_at, answer
            from staff_tasks where conversation_id = any($1) order by created_at
            """;
    private static final String DROP_PENDING = "delete from pending_actions where conversation_id = $1";
    private static final String BLANK_QUESTIONS = """
            update staff_tasks set question = null, answer = null where conversation_id = $1
            """;
    private static final String BLANK_TURNS = """
            update turns set guest_text = null, reply = null where conversation_id = $1
            """;
    private static final String SLOTS = "select slots from conversations where id = $1";
    private static final String ANONYMISE = """
            update conversations set id = $2, sealed_id = null, guest_address_index = null, guest_address = null,
                guest_user_id = null, guest_name = null, locale = null, slots = $3, dialogue = null, erased_at = now()
            where id = $1
            """;
    private static final String AUDIT = """
            insert into guest_data_requests (id, action, actor, requested_at, conversations) values ($1, $2, $3, $4, $5)
            """;
    private static final String AUDIT_TRAIL = """
            select id, action, actor, requested_at, conversations from guest_data_requests
            order by requested_at desc, id limit $1
            """;

    private final Pool pool;
    private final ObjectMapper json;
    private final DataCipher cipher;

    GuestDataRepository(Pool pool, ObjectMapper json, DataCipher cipher) {
        this.pool = pool;
        this.json = json;
        this.cipher = cipher;
    }

    /**
     * The ids of the conversations not yet erased that have one of these ids or guest addresses, of the hotels
     * {@code hotels} accepts (the others are left out as if they did not exist).
     */
    public Uni<List<String>> find(List<String> conversationIds, List<String> addresses, Predicate<String> hotels) {
        return pool.preparedQuery(FIND).execute(Tuple.of(indexes(conversationIds), indexes(addresses)))
                .map(rows -> rows.stream().filter(row -> hotels.test(row.getString("hotel_id")))
                        .map(row -> cipher.opened(row, "sealed_id")).toList());
    }

    /** The conversations with their turns and pending actions, as stored. */
    public Uni<List<StoredGuestData>> read(List<String> conversationIds) {
        var ids = Tuple.of(indexes(conversationIds));
        return pool.preparedQuery(CONVERSATIONS).execute(ids).chain(conversations ->
                pool.preparedQuery(TURNS).execute(ids).chain(turns ->
                        pool.preparedQuery(PENDING).execute(ids).chain(pending ->
                                pool.preparedQuery(QUESTIONS).execute(ids).map(questions -> conversations.stream()
                                        .map(row -> conversation(row, of(turns, row, this::turn),
                                                of(pending, row, this::pending), of(questions, row, this::question)))
                                        .toList()))));
    }

    /**
     * Anonymises one conversation in the caller's transaction: contact data, the locale (read off the guest's
     * number), slots (but the booking reference), memory, turn texts and replies go, pending PMS actions are
     * dropped; the rows, their times, languages and intents stay for the counts. The conversation gets a random id,
     * as its id contains the guest's address.
     */
    public Uni<Void> erase(SqlConnection connection, String conversationId) {
        var id = Tuple.of(cipher.index(conversationId));
        return connection.preparedQuery(DROP_PENDING).execute(id)
                .chain(() -> connection.preparedQuery(BLANK_TURNS).execute(id))
                .chain(() -> connection.preparedQuery(BLANK_QUESTIONS).execute(id))
                .chain(() -> connection.preparedQuery(SLOTS).execute(id))
                // no row: a concurrent erasure of the same conversation got there first
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().voidItem()
                        : connection.preparedQuery(ANONYMISE).execute(Tuple.of(id.getString(0),
                        "erased:" + UUID.randomUUID(), cipher.sealed(bookingReferenceOnly(rows.iterator().next()))))
                        .replaceWithVoid());
    }

    public Uni<AuditEntry> audit(String action, String actor, Instant at, int conversations) {
        var entry = new AuditEntry(UUID.randomUUID(), action, actor, at, conversations);
        return pool.preparedQuery(AUDIT).execute(Tuple.of(entry.id(), action, actor, at.atOffset(ZoneOffset.UTC),
                conversations)).replaceWith(entry);
    }

    public Uni<List<AuditEntry>> auditTrail(int limit) {
        return pool.preparedQuery(AUDIT_TRAIL).execute(Tuple.of(limit)).map(rows -> rows.stream()
                .map(row -> new AuditEntry(row.getUUID("id"), row.getString("action"), row.getString("actor"),
                        row.getOffsetDateTime("requested_at").toInstant(), row.getInteger("conversations")))
                .toList());
    }

    /** The rows of {@code children} that belong to {@code conversation}, mapped. */
    private static <T> List<T> of(RowSet<Row> children, Row conversation, Function<Row, T> mapping) {
        var id = conversation.getString("id");
        return children.stream().filter(child -> id.equals(child.getString("conversation_id"))).map(mapping)
                .toList();
    }

    /** The booking reference stays: it ties the anonymised conversation to the booking the PMS must keep. */
    private String bookingReferenceOnly(Row conversation) {
        var slots = tree(cipher.opened(conversation, "slots"));
        var reference = slots == null ? null : slots.path("booking_reference").asText(null);
        return reference == null ? null : Json.text(json, Map.of("booking_reference", reference));
    }

    private String[] indexes(List<String> values) {
        return values.stream().map(cipher::index).toArray(String[]::new);
    }

    private StoredGuestData conversation(Row row, List<StoredGuestData.Turn> turns,
                                         List<StoredGuestData.PendingAction> pending,
                                         List<StoredGuestData.Question> questions) {
        return new StoredGuestData(cipher.opened(row, "sealed_id"), row.getString("hotel_id"),
                row.getString("channel"), cipher.opened(row, "guest_address"), cipher.opened(row, "guest_user_id"),
                cipher.opened(row, "guest_name"), row.getString("language"), row.getString("locale"),
                row.getString("task"), row.getString("handoff"), tree(cipher.opened(row, "slots")),
                tree(cipher.opened(row, "dialogue")),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant(),
                turns, pending, questions);
    }

    private StoredGuestData.Turn turn(Row row) {
        return new StoredGuestData.Turn(row.getOffsetDateTime("created_at").toInstant(),
                row.getUUID("source_event_id"), cipher.opened(row, "guest_text"), row.getString("intent"),
                row.getString("language"), tree(cipher.opened(row, "reply")));
    }

    private StoredGuestData.PendingAction pending(Row row) {
        var resolved = row.getOffsetDateTime("resolved_at");
        return new StoredGuestData.PendingAction(row.getOffsetDateTime("created_at").toInstant(),
                tree(cipher.opened(row, "action")), row.getInteger("attempts"),
                resolved == null ? null : resolved.toInstant(),
                row.getString("outcome"));
    }

    private StoredGuestData.Question question(Row row) {
        var resolved = row.getOffsetDateTime("resolved_at");
        return new StoredGuestData.Question(row.getOffsetDateTime("created_at").toInstant(),
                cipher.opened(row, "question"), resolved == null ? null : resolved.toInstant(),
                cipher.opened(row, "answer"));
    }

    private JsonNode tree(String stored) {
        return stored == null ? null : Json.read(json, stored, JsonNode.class);
    }

    /** One GDPR request as audited: who, when, what and how many conversations; never which guest. */
    @Schema(description = "A guest data request as audited: never which guest")
    public record AuditEntry(UUID id, @Schema(description = "export or erasure") String action,
                             @Schema(description = "The admin who asked") String actor, Instant requestedAt,
                             @Schema(description = "Conversations exported or erased") int conversations) {
    }
}
