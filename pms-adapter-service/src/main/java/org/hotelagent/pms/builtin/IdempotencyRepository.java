package org.hotelagent.pms.builtin;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Idempotency keys of booking requests, unique in the database. */
@ApplicationScoped
class IdempotencyRepository {

    /** The request a key already served: its fingerprint and the booking it created. */
    record Claimed(String requestHash, long bookingId) {
    }

    /**
     * Claims the key for this transaction, or answers what an earlier committed request with the same key did. A
     * concurrent request holding the key makes this wait until it commits (then it is answered) or rolls back
     * (then this transaction owns the key).
     */
    Uni<Optional<Claimed>> claim(SqlClient sql, String key, String requestHash) {
        return sql.preparedQuery("""
                        insert into idempotency_keys (key, request_hash) values ($1, $2)
                        on conflict do nothing returning key""")
                .execute(Tuple.of(key, requestHash))
                .chain(inserted -> inserted.rowCount() == 1 ? Uni.createFrom().item(Optional.<Claimed>empty())
                        : sql.preparedQuery("select request_hash, booking_id from idempotency_keys where key = $1")
                                .execute(Tuple.of(key))
                                .map(rows -> rows.stream().findFirst().map(row -> new Claimed(
                                        row.getString("request_hash"), row.getLong("booking_id")))));
    }

    Uni<Void> link(SqlClient sql, String key, long bookingId) {
        return sql.preparedQuery("update idempotency_keys set booking_id = $2 where key = $1")
                .execute(Tuple.of(key, bookingId)).replaceWithVoid();
    }
}
