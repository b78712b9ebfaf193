package org.hotelagent.gateway.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

/**
 * Redis memory of email threads, under {@code gw:em:}: the subject and references of each guest mail (a reply needs
 * them to stay in the guest's thread), its Gmail thread id when it came through the Gmail API, and how many replies
 * went to an address in the current hour.
 */
@ApplicationScoped
public class EmailThreadRepository {

    private static final Duration HOUR = Duration.ofHours(1);

    private final ReactiveValueCommands<String, Thread> threads;
    private final ReactiveValueCommands<String, String> gmailThreads;
    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;

    EmailThreadRepository(ReactiveRedisDataSource redis) {
        this.threads = redis.value(Thread.class);
        this.gmailThreads = redis.value(String.class);
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
    }

    /** What a reply to a guest mail needs to thread under it. */
    public record Thread(String subject, List<String> references) {
    }

    public Uni<Void> remember(String hotelId, String messageId, Thread thread, Duration remembered) {
        return threads.set(threadKey(hotelId, messageId), thread, new SetArgs().ex(remembered));
    }

    /** The thread of a guest mail, or null when it is unknown (or forgotten). */
    public Uni<Thread> find(String hotelId, String messageId) {
        return threads.get(threadKey(hotelId, messageId));
    }

    public Uni<Void> rememberGmailThread(String hotelId, String messageId, String threadId, Duration remembered) {
        return gmailThreads.set("gw:em:gmail-thread:" + hotelId + ":" + messageId, threadId,
                new SetArgs().ex(remembered));
    }

    /** The Gmail thread of a guest mail, or null when it did not come through the Gmail API (or is forgotten). */
    public Uni<String> findGmailThread(String hotelId, String messageId) {
        return gmailThreads.get("gw:em:gmail-thread:" + hotelId + ":" + messageId);
    }

    /** Counts one more reply to {@code address} in the current clock hour and returns the count. */
    public Uni<Long> countReply(String hotelId, String address, Instant now) {
        var key = "gw:em:rate:" + hotelId + ":" + address + ":" + now.getEpochSecond() / HOUR.toSeconds();
        return counters.incr(key).call(count -> count == 1 ? keys.expire(key, HOUR) : Uni.createFrom().nullItem());
    }

    private static String threadKey(String hotelId, String messageId) {
        return "gw:em:thread:" + hotelId + ":" + messageId;
    }
}
