package org.hotelagent.gateway.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Uni;

import org.hotelagent.contracts.message.DeliveryStatus;

/**
 * Redis memory of our outbound WhatsApp messages, per wamid: the furthest delivery status already reported
 * ({@code gw:wa:state:<wamid>}, a forward-only state machine that also drops repeated statuses) and the reply it
 * belongs to ({@code gw:wa:out:<wamid>}, written at send time).
 */
@ApplicationScoped
public class DeliveryStateRepository {

    /*
     * Statuses are ranked by DeliveryStatus ordinal: sent < delivered < read < played < failed. A status is progress
     * only if its rank is higher than the stored one, which is exactly DeliveryStatus.isBefore (failed is last, so
     * nothing follows it). Returns the previous rank (-1 when none) or -2 when the status is not progress.
     */
    private static final String ADVANCE = """
            local current = redis.call('GET', KEYS[1])
            if current and tonumber(current) >= tonumber(ARGV[1]) then return -2 end
            redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
            if current then return tonumber(current) end
            return -1""";
    /* Undoes an advance whose report could not be published, unless a later status moved on meanwhile. */
    private static final String ROLL_BACK = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              if ARGV[2] == '-1' then redis.call('DEL', KEYS[1])
              else redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3]) end
            end
            return 0""";

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> hashes;

    DeliveryStateRepository(ReactiveRedisDataSource redis) {
        this.redis = redis;
        this.hashes = redis.hash(String.class);
    }

    /** Moves the wamid to {@code status} if that is progress; empty when it is a repeat or a step back. */
    public Uni<Optional<Advance>> advance(String wamid, DeliveryStatus status, Duration remembered) {
        return redis.execute("EVAL", ADVANCE, "1", stateKey(wamid), Integer.toString(status.ordinal()),
                        Long.toString(remembered.toSeconds()))
                .map(response -> {
                    var previous = response.toInteger();
                    return previous == -2 ? Optional.<Advance>empty() : Optional.of(new Advance(wamid, status,
                            previous == -1 ? null : DeliveryStatus.values()[previous], remembered));
                });
    }

    public Uni<Void> rollBack(Advance advance) {
        var previous = advance.previous() == null ? "-1" : Integer.toString(advance.previous().ordinal());
        return redis.execute("EVAL", ROLL_BACK, "1", stateKey(advance.wamid()),
                Integer.toString(advance.status().ordinal()), previous,
                Long.toString(advance.remembered().toSeconds())).replaceWithVoid();
    }

    /** Remembers which reply a sent wamid carries, for statuses that do not echo our callback data. */
    public Uni<Void> rememberOutbound(String wamid, OutboundRef ref, Duration remembered) {
        var key = outKey(wamid);
        return hashes.hset(key, Map.of("replyEventId", ref.replyEventId().toString(),
                        "conversationId", ref.conversationId(), "correlationId", ref.correlationId()))
                .chain(() -> redis.key(String.class).expire(key, remembered)).replaceWithVoid();
    }

    public Uni<Optional<OutboundRef>> outboundOf(String wamid) {
        return hashes.hgetall(outKey(wamid)).map(fields -> fields == null || !fields.containsKey("replyEventId")
                ? Optional.empty()
                : Optional.of(new OutboundRef(UUID.fromString(fields.get("replyEventId")),
                        fields.get("conversationId"), fields.get("correlationId"))));
    }

    private static String stateKey(String wamid) {
        return "gw:wa:state:" + wamid;
    }

    private static String outKey(String wamid) {
        return "gw:wa:out:" + wamid;
    }

    /** A successful move of one wamid's state, kept to undo it if the report cannot be published. */
    public record Advance(String wamid, DeliveryStatus status, DeliveryStatus previous, Duration remembered) {
    }

    /** The reply an outbound wamid carries and the conversation it belongs to. */
    public record OutboundRef(UUID replyEventId, String conversationId, String correlationId) {
    }
}
