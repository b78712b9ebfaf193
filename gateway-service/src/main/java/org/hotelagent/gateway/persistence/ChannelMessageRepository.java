package org.hotelagent.gateway.persistence;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

/**
 * Redis memory of channel messages, under the {@code gw:} prefix: which inbound ids were published and which replies
 * were sent (so redeliveries are dropped), and which business number a conversation came in on.
 */
@ApplicationScoped
public class ChannelMessageRepository {

    /** Long enough for one attempt to publish or send; a crashed attempt frees the claim by itself. */
    private static final Duration CLAIM_TTL = Duration.ofSeconds(60);
    private static final String DONE = "done";

    private final ReactiveValueCommands<String, String> values;

    ChannelMessageRepository(ReactiveRedisDataSource redis) {
        this.values = redis.value(String.class);
    }

    /** True if this caller may work on {@code id}: nobody finished it, and nobody else is on it. */
    public Uni<Boolean> claim(String kind, String id) {
        return values.setGet(key(kind, id), "pending", new SetArgs().nx().ex(CLAIM_TTL))
                .map(previous -> previous == null);
    }

    public Uni<Void> markDone(String kind, String id, Duration remembered) {
        return values.set(key(kind, id), DONE, new SetArgs().ex(remembered));
    }

    /** True once {@code id} was marked done (a claim that is still pending is not done). */
    public Uni<Boolean> isDone(String kind, String id) {
        return values.get(key(kind, id)).map(DONE::equals);
    }

    /** Frees a claim after a failure, so the channel's retry (or Kafka's redelivery) gets another chance. */
    public Uni<Void> release(String kind, String id) {
        return values.getdel(key(kind, id)).replaceWithVoid();
    }

    public Uni<Void> rememberNumber(String conversationId, String phoneNumberId, Duration remembered) {
        return values.set("gw:wa:number:" + conversationId, phoneNumberId, new SetArgs().ex(remembered));
    }

    public Uni<String> numberOf(String conversationId) {
        return values.get("gw:wa:number:" + conversationId);
    }

    private static String key(String kind, String id) {
        return "gw:" + kind + ":" + id;
    }
}
