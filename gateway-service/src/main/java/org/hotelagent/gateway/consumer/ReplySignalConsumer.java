package org.hotelagent.gateway.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.runtime.StartupEvent;

import org.hotelagent.gateway.domain.WebChatSessions;
import org.hotelagent.gateway.publisher.ReplySignalPublisher;

/** Listens, from startup, for new web-chat replies signalled by any gateway instance (Redis pub/sub). */
@ApplicationScoped
class ReplySignalConsumer {

    private final ReactiveRedisDataSource redis;
    private final WebChatSessions sessions;

    ReplySignalConsumer(ReactiveRedisDataSource redis, WebChatSessions sessions) {
        this.redis = redis;
        this.sessions = sessions;
    }

    void onStart(@Observes StartupEvent started) {
        redis.pubsub(String.class)
                .subscribe(ReplySignalPublisher.CHANNEL, this::onReplySignal)
                .subscribe().with(
                        subscriber -> Log.debugf("Listening for web-chat replies on %s", ReplySignalPublisher.CHANNEL),
                        failure -> Log.errorf(failure, "Cannot listen for web-chat replies on %s: guests get them "
                                + "only when they reconnect", ReplySignalPublisher.CHANNEL));
    }

    void onReplySignal(String conversationId) {
        sessions.signal(conversationId);
    }
}
