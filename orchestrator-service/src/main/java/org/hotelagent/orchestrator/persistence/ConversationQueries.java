package org.hotelagent.orchestrator.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read side of conversations for the staff inbox and the conversation view. */
@ApplicationScoped
public class ConversationQueries {

    private static final String CONVERSATION = """
            select sealed_id, hotel_id, channel, guest_name, language, task, handoff, slots, updated_at
            from conversations where id = $1
            """;
    private static final String TURNS = """
            select created_at, guest_text, intent, language, reply
            from turns where conversation_id = $1 order by id
            """;
    private static final String INBOX = """
            select sealed_id, hotel_id, channel, guest_name, language, task, handoff, slots, updated_at
            from conversations
            where ($1 = '*' or hotel_id = $1) and ($2::text is null or handoff = $2) and erased_at is null
            order by updated_at desc limit $3
            """;

    private final Pool pool;
    private final ObjectMapper json;
    private final DataCipher cipher;

    ConversationQueries(Pool pool, ObjectMapper json, DataCipher cipher) {
        this.pool = pool;
        this.json = json;
        this.cipher = cipher;
    }

    /** The conversation with its turns; the caller checks that its hotel may be shown. */
    public Uni<Optional<StoredConversation>> find(String conversationId) {
        var id = Tuple.of(cipher.index(conversationId));
        return pool.preparedQuery(CONVERSATION).execute(id).chain(rows -> {
            if (rows.rowCount() == 0) {
                return Uni.createFrom().item(Optional.empty());
            }
            var conversation = rows.iterator().next();
            return pool.preparedQuery(TURNS).execute(id)
                    .map(turns -> Optional.of(stored(conversation, turns.stream().map(this::turn).toList())));
        });
    }

    /** The hotel's conversations not erased, most recent first; hotel {@code *} lists every hotel's. */
    public Uni<List<StoredConversation>> inbox(String hotelId, String handoff, int limit) {
        return pool.preparedQuery(INBOX).execute(Tuple.of(hotelId, handoff, limit))
                .map(rows -> rows.stream().map(row -> stored(row, List.<StoredTurn>of())).toList());
    }

    private StoredConversation stored(Row row, List<StoredTurn> turns) {
        var slots = cipher.opened(row, "slots");
        return new StoredConversation(cipher.opened(row, "sealed_id"), row.getString("hotel_id"),
                row.getString("channel"), cipher.opened(row, "guest_name"), row.getString("language"),
                row.getString("task"), row.getString("handoff"),
                slots == null ? Map.of() : Json.read(json, slots, Map.class),
                row.getOffsetDateTime("updated_at").toInstant(), turns);
    }

    private StoredTurn turn(Row row) {
        var reply = cipher.opened(row, "reply");
        return new StoredTurn(row.getOffsetDateTime("created_at").withOffsetSameInstant(ZoneOffset.UTC).toInstant(),
                cipher.opened(row, "guest_text"), row.getString("intent"), row.getString("language"),
                reply == null ? null : Json.read(json, reply, JsonNode.class).path("text").asText(null));
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
