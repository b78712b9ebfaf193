package org.hotelagent.orchestrator.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read side of conversations for the staff inbox and the conversation view. */
@ApplicationScoped
public class ConversationQueries {

    private static final String CONVERSATION = """
            select id, hotel_id, channel, guest_name, language, task, handoff, slots, updated_at
            from conversations where id = $1
            """;
    private static final String TURNS = """
            select created_at, guest_text, intent, language, reply ->> 'text' as reply
            from turns where conversation_id = $1 order by id
            """;
    private static final String INBOX = """
            select id, hotel_id, channel, guest_name, language, task, handoff, slots, updated_at
            from conversations
            where hotel_id = $1 and ($2::text is null or handoff = $2)
            order by updated_at desc limit $3
            """;

    private final Pool pool;

    ConversationQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<StoredConversation>> find(String conversationId) {
        return pool.preparedQuery(CONVERSATION).execute(Tuple.of(conversationId)).chain(rows -> {
            if (rows.rowCount() == 0) {
                return Uni.createFrom().item(Optional.empty());
            }
            var conversation = rows.iterator().next();
            return pool.preparedQuery(TURNS).execute(Tuple.of(conversationId))
                    .map(turns -> Optional.of(stored(conversation, turns.stream().map(ConversationQueries::turn)
                            .toList())));
        });
    }

    public Uni<List<StoredConversation>> inbox(String hotelId, String handoff, int limit) {
        return pool.preparedQuery(INBOX).execute(Tuple.of(hotelId, handoff, limit))
                .map(rows -> rows.stream().map(row -> stored(row, List.of())).toList());
    }

    private static StoredConversation stored(Row row, List<StoredTurn> turns) {
        return new StoredConversation(row.getString("id"), row.getString("hotel_id"), row.getString("channel"),
                row.getString("guest_name"), row.getString("language"), row.getString("task"),
                row.getString("handoff"), row.getJsonObject("slots").getMap(),
                row.getOffsetDateTime("updated_at").toInstant(), turns);
    }

    private static StoredTurn turn(Row row) {
        return new StoredTurn(row.getOffsetDateTime("created_at").withOffsetSameInstant(ZoneOffset.UTC).toInstant(),
                row.getString("guest_text"), row.getString("intent"), row.getString("language"),
                row.getString("reply"));
    }

    /** A conversation row; {@code turns} is empty in inbox listings. */
    public record StoredConversation(String id, String hotelId, String channel, String guestName, String language,
                                     String task, String handoff, Map<String, Object> slots, Instant updatedAt,
                                     List<StoredTurn> turns) {
    }

    /** A turn row. */
    public record StoredTurn(Instant at, String guestText, String intent, String language, String reply) {
    }
}
