package org.hotelagent.pms.domain;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;

import org.hotelagent.pms.config.PmsConfig;

/**
 * Quotes per hotel, stay and parties in Redis for {@code pms.availability-ttl} (short: changes made outside this
 * service, e.g. in QloApps' back office, show after it). Our own bookings, changes and cancellations invalidate every
 * quote of their hotel at once by bumping {@code pms:availability-version:<hotelId>}, which is part of each key.
 * Refusals are not cached. Redis failures fall through to the PMS; lookups are counted in
 * {@code hotel.pms.cache.lookups.answered{cache=availability}}.
 */
@ApplicationScoped
class AvailabilityCache {

    private static final String METRIC = "hotel.pms.cache.lookups.answered";

    /** What is stored: an object rather than the bare quote, so fields can be added later. */
    record Entry(QuoteOutcome.Quoted quote) {
    }

    private final ReactiveValueCommands<String, Entry> values;
    private final ReactiveValueCommands<String, Long> versions;
    private final MeterRegistry registry;
    private final PmsConfig config;

    AvailabilityCache(ReactiveRedisDataSource redis, MeterRegistry registry, PmsConfig config) {
        this.values = redis.value(Entry.class);
        this.versions = redis.value(Long.class);
        this.registry = registry;
        this.config = config;
    }

    /** The cached quote, else the one {@code load} makes, which is then cached unless it is a refusal. */
    Uni<QuoteOutcome> get(String hotelId, Stay stay, List<Party> rooms, Supplier<Uni<QuoteOutcome>> load) {
        return lookup(hotelId, stay, rooms).chain(found -> {
            if (found.cached() != null) {
                count("hit");
                return Uni.createFrom().<QuoteOutcome>item(found.cached().quote());
            }
            if (found.key() != null) {
                count("miss");
            }
            return load.get().call(outcome -> found.key() == null ? Uni.createFrom().voidItem()
                    : store(found.key(), outcome));
        });
    }

    /** Where the quote is cached and what is there; both null when Redis cannot be read. */
    private record Lookup(String key, Entry cached) {
    }

    private Uni<Lookup> lookup(String hotelId, Stay stay, List<Party> rooms) {
        return versions.get(versionKey(hotelId))
                .map(version -> "pms:availability:" + hotelId + ":v" + (version == null ? 0 : version) + ":"
                        + stay.checkIn() + ":" + stay.checkOut() + ":" + rooms.stream()
                        .map(party -> party.adults() + "+" + party.children()).collect(Collectors.joining(",")))
                .chain(key -> values.get(key).map(cached -> new Lookup(key, cached)))
                .onFailure().recoverWithItem(failure -> {
                    Log.warnf("Availability cache unreadable, asking the PMS: %s", failure.getMessage());
                    count("error");
                    return new Lookup(null, null);
                });
    }

    /** Forgets every cached quote of the hotel; a Redis failure is logged (the entries expire anyway). */
    Uni<Void> invalidate(String hotelId) {
        return versions.incr(versionKey(hotelId)).replaceWithVoid()
                .onFailure().invoke(failure -> Log.warnf("Could not invalidate quotes of %s: %s", hotelId,
                        failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    private Uni<Void> store(String key, QuoteOutcome outcome) {
        if (!(outcome instanceof QuoteOutcome.Quoted quoted)) {
            return Uni.createFrom().voidItem();
        }
        return values.setex(key, config.availabilityTtl().toSeconds(), new Entry(quoted))
                .onFailure().invoke(failure -> Log.warnf("Could not cache a quote: %s", failure.getMessage()))
                .onFailure().recoverWithNull();
    }

    private static String versionKey(String hotelId) {
        return "pms:availability-version:" + hotelId;
    }

    private void count(String result) {
        registry.counter(METRIC, "cache", "availability", "result", result).increment();
    }
}
