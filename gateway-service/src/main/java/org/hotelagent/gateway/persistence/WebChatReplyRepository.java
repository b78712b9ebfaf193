package org.hotelagent.gateway.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.contracts.dialogue.ReplyComposed;

/**
 * Web-chat replies in PostgreSQL (table {@code webchat_replies}), numbered per insert. A session's replies arrive
 * one at a time (one Kafka key, one partition), so within a session the numbers grow in commit order and "after the
 * last id seen" never skips one.
 */
@ApplicationScoped
public class WebChatReplyRepository {

    private static final String INSERT = """
            insert into webchat_replies (event_id, hotel_id, session_id, conversation_id, reply)
            values ($1, $2, $3, $4, $5::jsonb)
            on conflict (event_id) do nothing
            returning id
            """;
    private static final String AFTER = """
            select id, reply::text as reply from webchat_replies
            where hotel_id = $1 and session_id = $2 and id > $3
            order by id
            limit $4
            """;
    private static final String PURGE = "delete from webchat_replies where created_at < $1";

    private final Pool pool;
    private final ObjectMapper json;

    WebChatReplyRepository(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** The new reply's id, or empty when this reply event was stored before. */
    public Uni<Optional<Long>> store(String sessionId, ReplyComposed reply) {
        return pool.preparedQuery(INSERT)
                .execute(Tuple.from(new Object[]{reply.eventId(), reply.hotelId(), sessionId, reply.conversationId(),
                        new JsonObject(write(reply))}))
                .map(rows -> rows.rowCount() == 1
                        ? Optional.of(rows.iterator().next().getLong("id")) : Optional.<Long>empty());
    }

    /** Up to {@code limit} replies of the session with an id above {@code afterId}, oldest first. */
    public Uni<List<StoredReply>> after(String hotelId, String sessionId, long afterId, int limit) {
        return pool.preparedQuery(AFTER).execute(Tuple.of(hotelId, sessionId, afterId, limit)).map(rows -> {
            var replies = new ArrayList<StoredReply>();
            rows.forEach(row -> replies.add(read(row)));
            return replies;
        });
    }

    /** Deletes the replies stored before {@code cutoff}; returns how many. */
    public Uni<Integer> deleteBefore(Instant cutoff) {
        return pool.preparedQuery(PURGE).execute(Tuple.of(cutoff.atOffset(ZoneOffset.UTC)))
                .map(rows -> rows.rowCount());
    }

    private StoredReply read(Row row) {
        try {
            return new StoredReply(row.getLong("id"), json.readValue(row.getString("reply"), ReplyComposed.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored web-chat reply " + row.getLong("id") + " is not readable", e);
        }
    }

    private String write(ReplyComposed reply) {
        try {
            return json.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store reply " + reply.eventId(), e);
        }
    }

    /** A reply as stored, with its id. */
    public record StoredReply(long id, ReplyComposed reply) {
    }
}
