package org.hotelagent.pms.qloapps;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Idempotency-Keys of QloApps bookings in our PostgreSQL ({@code qloapps_idempotency_keys}). Each statement commits
 * on its own: the claim is visible to every retry before QloApps is called.
 */
@ApplicationScoped
class QloAppsKeys {

    /** A key already claimed: the request it served, its state and, once booked, the booking's reference. */
    record Claim(String requestHash, String state, String reference) {

        boolean pending() {
            return "pending".equals(state);
        }

        boolean booked() {
            return "booked".equals(state);
        }
    }

    private static final Duration POLL = Duration.ofMillis(200);

    private final Pool pool;

    QloAppsKeys(Pool pool) {
        this.pool = pool;
    }

    /** Empty when this request now owns the key; else the existing claim. */
    Uni<Optional<Claim>> claim(String key, String requestHash, String hotelId) {
        return pool.preparedQuery("""
                        insert into qloapps_idempotency_keys (key, request_hash, hotel_id, state)
                        values ($1, $2, $3, 'pending') on conflict do nothing returning key""")
                .execute(Tuple.of(key, requestHash, hotelId))
                .chain(inserted -> inserted.rowCount() == 1 ? Uni.createFrom().item(Optional.<Claim>empty())
                        : find(key));
    }

    Uni<Optional<Claim>> find(String key) {
        return pool.preparedQuery("select request_hash, state, reference from qloapps_idempotency_keys where key = $1")
                .execute(Tuple.of(key))
                .map(rows -> rows.stream().findFirst().map(row -> new Claim(row.getString("request_hash"),
                        row.getString("state"), row.getString("reference"))));
    }

    /** The claim once it is no longer pending (or gone), polling for at most {@code attempts} × 200 ms. */
    Uni<Optional<Claim>> awaitSettled(String key, int attempts) {
        return find(key).chain(claim -> claim.isPresent() && claim.get().pending() && attempts > 0
                ? Uni.createFrom().voidItem().onItem().delayIt().by(POLL).chain(() -> awaitSettled(key, attempts - 1))
                : Uni.createFrom().item(claim));
    }

    Uni<Void> booked(String key, String reference) {
        return update("update qloapps_idempotency_keys set state = 'booked', reference = $2, updated_at = now()"
                + " where key = $1", Tuple.of(key, reference));
    }

    /** QloApps did not answer: the booking may exist, so the key stays taken. */
    Uni<Void> uncertain(String key) {
        return update("update qloapps_idempotency_keys set state = 'uncertain', updated_at = now() where key = $1",
                Tuple.of(key));
    }

    /** QloApps refused or was never called: nothing was booked, a retry may try again. */
    Uni<Void> release(String key) {
        return update("delete from qloapps_idempotency_keys where key = $1 and state = 'pending'", Tuple.of(key));
    }

    private Uni<Void> update(String sql, Tuple args) {
        return pool.preparedQuery(sql).execute(args).replaceWithVoid();
    }
}
