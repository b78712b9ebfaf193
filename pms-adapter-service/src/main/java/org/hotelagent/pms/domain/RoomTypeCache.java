package org.hotelagent.pms.domain;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;

import org.hotelagent.pms.config.PmsConfig;

/**
 * Room types per hotel in Redis ({@code pms:room-types:<hotelId>}, expiring after {@code pms.room-types-ttl}).
 * Redis is an optimisation: when it fails the PMS answers. Every lookup counts as a hit, a miss or an error in
 * {@code hotel.pms.cache.lookups.answered}. (Hand-written rather than {@code @CacheResult}: the hit/miss metrics and
 * the fall-through on a Redis failure are the point, and the preview Redis cache offers neither.)
 */
@ApplicationScoped
class RoomTypeCache {

    private static final String METRIC = "hotel.pms.cache.lookups.answered";

    /** What is stored: a JSON object rather than a bare array, so fields can be added later. */
    record Catalogue(List<RoomType> roomTypes) {
    }

    private final ReactiveValueCommands<String, Catalogue> values;
    private final MeterRegistry registry;
    private final PmsConfig config;

    RoomTypeCache(ReactiveRedisDataSource redis, MeterRegistry registry, PmsConfig config) {
        this.values = redis.value(Catalogue.class);
        this.registry = registry;
        this.config = config;
    }

    /** The cached room types of the hotel, else those {@code load} reads, which are then cached. */
    Uni<List<RoomType>> get(String hotelId, Supplier<Uni<List<RoomType>>> load) {
        var key = "pms:room-types:" + hotelId;
        return values.get(key)
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Room type cache unreadable, reading the PMS: %s", failure.getMessage());
                    count("error");
                    return null;
                })
                .chain(cached -> {
                    if (cached != null) {
                        count("hit");
                        return Uni.createFrom().item(cached.roomTypes());
                    }
                    count("miss");
                    return load.get().call(types -> store(key, types));
                });
    }

    private Uni<Void> store(String key, List<RoomType> types) {
        return values.setex(key, config.roomTypesTtl().toSeconds(), new Catalogue(types))
                .onFailure().invoke(failure -> Log.warnf("Could not cache room types: %s", failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    private void count(String result) {
        registry.counter(METRIC, "cache", "room-types", "result", result).increment();
    }
}
