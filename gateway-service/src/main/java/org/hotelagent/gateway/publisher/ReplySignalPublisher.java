package org.hotelagent.gateway.publisher;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.smallrye.mutiny.Uni;

/**
 * Tells every gateway instance that a web-chat conversation has a new reply (Redis pub/sub, at most once): the
 * instance holding the guest's socket reads it from PostgreSQL and sends it. A lost signal costs latency, not the
 * reply, which waits in the table for the next signal of the conversation or the next connect.
 */
@ApplicationScoped
public class ReplySignalPublisher {

    /** The pub/sub channel; messages are conversation ids. */
    public static final String CHANNEL = "gw:wc:replies";

    private final ReactivePubSubCommands<String> pubsub;

    ReplySignalPublisher(ReactiveRedisDataSource redis) {
        this.pubsub = redis.pubsub(String.class);
    }

    public Uni<Void> publish(String conversationId) {
        return pubsub.publish(CHANNEL, conversationId);
    }
}
