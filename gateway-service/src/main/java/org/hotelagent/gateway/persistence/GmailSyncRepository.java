package org.hotelagent.gateway.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The Gmail history id each hotel's next sync starts from (table {@code gmail_sync}). */
@ApplicationScoped
public class GmailSyncRepository {

    private static final String FIND = "select history_id from gmail_sync where hotel_id = $1";
    // A slower sync finishing after a faster one must not move the start back: the later mails would come again.
    private static final String ADVANCE = """
            insert into gmail_sync (hotel_id, history_id) values ($1, $2)
            on conflict (hotel_id) do update
            set history_id = greatest(gmail_sync.history_id, excluded.history_id), updated_at = now()
            """;

    private final Pool pool;

    GmailSyncRepository(Pool pool) {
        this.pool = pool;
    }

    /** The stored history id, or null before the mailbox's first sync. */
    public Uni<Long> historyId(String hotelId) {
        return pool.preparedQuery(FIND).execute(Tuple.of(hotelId))
                .map(rows -> rows.rowCount() == 0 ? null : rows.iterator().next().getLong("history_id"));
    }

    /** Stores {@code historyId} unless a later one is stored already. */
    public Uni<Void> advance(String hotelId, long historyId) {
        return pool.preparedQuery(ADVANCE).execute(Tuple.of(hotelId, historyId)).replaceWithVoid();
    }
}
