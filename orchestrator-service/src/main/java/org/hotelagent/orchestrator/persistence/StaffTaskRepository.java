package org.hotelagent.orchestrator.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.contracts.nlp.MessageInterpreted;

/** Guest questions passed on to staff (table {@code staff_tasks}), question and answer sealed. */
@ApplicationScoped
public class StaffTaskRepository {

    private static final String OPEN = """
            insert into staff_tasks (id, conversation_id, hotel_id, source_event_id, language, question)
            values ($1, $2, $3, $4, $5, $6) on conflict (source_event_id) do nothing
            """;
    private static final String SELECT = """
            select t.id, c.sealed_id, t.hotel_id, t.language, t.question, t.created_at, t.resolved_at,
                   t.resolved_by, t.answer
            from staff_tasks t join conversations c on c.id = t.conversation_id
            where c.erased_at is null and
            """;
    private static final String LIST = SELECT + """
             t.hotel_id = $1 and ($2::boolean is null or (t.resolved_at is null) = $2)
            order by t.created_at desc, t.id limit $3
            """;
    private static final String FIND = SELECT + " t.id = $1";
    private static final String RESOLVE = """
            update staff_tasks set resolved_at = now(), resolved_by = $2, answer = $3
            where id = $1 and resolved_at is null
            """;

    private final Pool pool;
    private final DataCipher cipher;

    StaffTaskRepository(Pool pool, DataCipher cipher) {
        this.pool = pool;
        this.cipher = cipher;
    }

    /** Opens the task for the guest's question, in the turn's transaction; once per message (redeliveries). */
    public Uni<Void> open(SqlConnection connection, MessageInterpreted message) {
        var id = UUID.nameUUIDFromBytes(("task:" + message.eventId()).getBytes(StandardCharsets.UTF_8));
        return connection.preparedQuery(OPEN).execute(Tuple.from(new Object[]{id,
                cipher.index(message.conversationId()), message.hotelId(), message.eventId(), message.language(),
                cipher.sealed(message.text())})).replaceWithVoid();
    }

    /** A hotel's tasks, newest first: open ones ({@code open} true), resolved ones (false) or all (null). */
    public Uni<List<StaffTask>> list(String hotelId, Boolean open, int limit) {
        return pool.preparedQuery(LIST).execute(Tuple.of(hotelId, open, limit))
                .map(rows -> rows.stream().map(this::task).toList());
    }

    public Uni<Optional<StaffTask>> find(UUID taskId) {
        return pool.preparedQuery(FIND).execute(Tuple.of(taskId))
                .map(rows -> rows.rowCount() == 0 ? Optional.empty() : Optional.of(task(rows.iterator().next())));
    }

    /** Marks the task answered; false when someone else resolved it first. */
    public Uni<Boolean> resolve(UUID taskId, String answer, String actor) {
        return pool.preparedQuery(RESOLVE).execute(Tuple.of(taskId, actor, cipher.sealed(answer)))
                .map(rows -> rows.rowCount() == 1);
    }

    private StaffTask task(Row row) {
        return new StaffTask(row.getUUID("id"), cipher.opened(row, "sealed_id"), row.getString("hotel_id"),
                row.getString("language"), cipher.opened(row, "question"), instant(row.getOffsetDateTime("created_at")),
                instant(row.getOffsetDateTime("resolved_at")), row.getString("resolved_by"),
                cipher.opened(row, "answer"));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /** A guest question staff are asked to answer. */
    @Schema(description = "A guest question the hotel's stored answers did not cover")
    public record StaffTask(UUID taskId, String conversationId, String hotelId,
                            @Schema(description = "The guest's language") String language,
                            @Schema(description = "What the guest wrote") String question, Instant createdAt,
                            @Schema(description = "Null while open") Instant resolvedAt,
                            @Schema(description = "Who answered") String resolvedBy,
                            @Schema(description = "The answer sent to the guest") String answer) {
    }
}
