package org.hotelagent.gateway.persistence;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * The WhatsApp customer-service window per business number and guest: {@code gw:wa:window:<phoneNumberId>:<guest>}
 * holds the Unix second of the guest's latest message and expires when the window closes, so "open" is "exists".
 */
@ApplicationScoped
public class ServiceWindowRepository {

    /* Only a later message moves the window: webhooks arrive out of order. */
    private static final String TOUCH = """
            local current = redis.call('GET', KEYS[1])
            if current and tonumber(current) >= tonumber(ARGV[1]) then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'EXAT', ARGV[2])
            return 1""";

    private final ReactiveRedisDataSource redis;

    ServiceWindowRepository(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** Records a guest message sent at {@code sentAt}; a window already closed by then is not reopened. */
    public Uni<Void> touch(String phoneNumberId, String guest, Instant sentAt, Duration window, Instant now) {
        var closes = sentAt.plus(window);
        if (!closes.isAfter(now)) {
            return Uni.createFrom().voidItem();
        }
        return redis.execute("EVAL", TOUCH, "1", key(phoneNumberId, guest), Long.toString(sentAt.getEpochSecond()),
                Long.toString(closes.getEpochSecond())).replaceWithVoid();
    }

    public Uni<Boolean> isOpen(String phoneNumberId, String guest) {
        return redis.key(String.class).exists(key(phoneNumberId, guest));
    }

    /** Meta said the window is closed (131047), whatever our clock thought. */
    public Uni<Void> close(String phoneNumberId, String guest) {
        return redis.key(String.class).del(key(phoneNumberId, guest)).replaceWithVoid();
    }

    private static String key(String phoneNumberId, String guest) {
        return "gw:wa:window:" + phoneNumberId + ":" + guest;
    }
}
