package org.hotelagent.audio.persistence;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

import org.hotelagent.audio.config.AudioConfig;

/**
 * Synthesized audio in Redis under {@code audio:tts:<sha256>}. The cache only saves work: when Redis fails, a
 * lookup answers "not cached" and a store is skipped, so speech never depends on Redis being up.
 */
@ApplicationScoped
public class SpeechCacheRepository {

    static final String PREFIX = "audio:tts:";

    private final ReactiveValueCommands<String, byte[]> values;
    private final Duration ttl;

    SpeechCacheRepository(ReactiveRedisDataSource redis, AudioConfig config) {
        this.values = redis.value(byte[].class);
        this.ttl = config.tts().cacheTtl();
    }

    /** The cached audio, or null when absent or Redis is unreachable. */
    public Uni<byte[]> find(String digest) {
        return values.get(PREFIX + digest).onFailure().recoverWithItem(failure -> {
            Log.warnf("Speech cache lookup failed, synthesizing instead: %s", failure.getMessage());
            return null;
        });
    }

    public Uni<Void> store(String digest, byte[] audio) {
        return values.set(PREFIX + digest, audio, new SetArgs().ex(ttl)).onFailure().recoverWithUni(failure -> {
            Log.warnf("Speech cache store failed: %s", failure.getMessage());
            return Uni.createFrom().voidItem();
        });
    }
}
