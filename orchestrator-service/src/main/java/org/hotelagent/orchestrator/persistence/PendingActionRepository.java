package org.hotelagent.orchestrator.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.contracts.nlp.MessageInterpreted;
import org.hotelagent.orchestrator.config.OrchestratorConfig;
import org.hotelagent.orchestrator.domain.PmsAction;

/** PMS actions kept while the PMS could not answer, until it does (table {@code pending_actions}). */
@ApplicationScoped
public class PendingActionRepository {

    private static final String KEEP = """
            insert into pending_actions (id, conversation_id, source_event_id, action, message, last_error,
                                         next_attempt_at)
            values ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7))
            on conflict (id) do update set action = excluded.action, resolved_at = null, outcome = null
            """;
    private static final String DUE = """
            select p.id, c.sealed_id from pending_actions p join conversations c on c.id = p.conversation_id
            where p.resolved_at is null and p.next_attempt_at <= now() order by p.next_attempt_at limit $1
            """;
    private static final String OPEN = """
            select action, message from pending_actions where id = $1 and resolved_at is null
            """;
    private static final String RESOLVE = "update pending_actions set resolved_at = now(), outcome = $2 where id = $1";
    private static final String SUPERSEDE = """
            update pending_actions set resolved_at = now(), outcome = 'superseded'
            where conversation_id = $1 and resolved_at is null
            """;
    private static final String POSTPONE = """
            update pending_actions set attempts = attempts + 1, last_error = $2,
                next_attempt_at = now() + make_interval(secs => least($3 * power(2, attempts), $4))
            where id = $1
            """;

    private final Pool pool;
    private final ObjectMapper json;
    private final OrchestratorConfig config;
    private final DataCipher cipher;

    PendingActionRepository(Pool pool, ObjectMapper json, OrchestratorConfig config, DataCipher cipher) {
        this.pool = pool;
        this.json = json;
        this.config = config;
        this.cipher = cipher;
    }

    /** Keeps {@code action} for the message; one per message, so a redelivery keeps no second one. */
    public Uni<Void> keep(SqlConnection connection, MessageInterpreted message, PmsAction action, String error) {
        return connection.preparedQuery(KEEP).execute(Tuple.from(new Object[]{idFor(message),
                        cipher.index(message.conversationId()), message.eventId(),
                        cipher.sealed(Json.text(json, action)), cipher.sealed(Json.text(json, message)), error,
                        seconds(config.resume().backoff())}))
                .replaceWithVoid();
    }

    /** The id of the action kept for a message: derived, so the follow-up reply's turn is unique too. */
    public static UUID idFor(MessageInterpreted message) {
        return UUID.nameUUIDFromBytes(("pending:" + message.eventId()).getBytes(StandardCharsets.UTF_8));
    }

    /** Actions whose retry time has come, oldest first. */
    public Uni<List<Due>> due(int limit) {
        return pool.preparedQuery(DUE).execute(Tuple.of(limit)).map(rows -> rows.stream()
                .map(row -> new Due(row.getUUID("id"), cipher.opened(row, "sealed_id"))).toList());
    }

    /** The action if it is still open; read under the conversation's lock so only one runner takes it. */
    public Uni<Optional<Kept>> open(SqlConnection connection, UUID id) {
        return connection.preparedQuery(OPEN).execute(Tuple.of(id)).map(rows -> rows.rowCount() == 0
                ? Optional.empty()
                : Optional.of(kept(id, rows.iterator().next())));
    }

    public Uni<Void> answered(SqlConnection connection, UUID id) {
        return connection.preparedQuery(RESOLVE).execute(Tuple.of(id, "answered")).replaceWithVoid();
    }

    /** A later turn got its own answer from the PMS: what was kept before is moot. */
    public Uni<Void> supersede(SqlConnection connection, String conversationId) {
        return connection.preparedQuery(SUPERSEDE).execute(Tuple.of(cipher.index(conversationId)))
                .replaceWithVoid();
    }

    /** The PMS still cannot answer: try again later, backing off exponentially up to the configured maximum. */
    public Uni<Void> postpone(UUID id, String error) {
        return pool.preparedQuery(POSTPONE).execute(Tuple.of(id, error, seconds(config.resume().backoff()),
                seconds(config.resume().maxBackoff()))).replaceWithVoid();
    }

    private Kept kept(UUID id, Row row) {
        return new Kept(id, Json.read(json, cipher.opened(row, "action"), PmsAction.class),
                Json.read(json, cipher.opened(row, "message"), MessageInterpreted.class));
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** An action whose retry is due. */
    public record Due(UUID id, String conversationId) {
    }

    /** An open action with the message that asked for it (its guest, language and ids address the reply). */
    public record Kept(UUID id, PmsAction action, MessageInterpreted message) {
    }
}
