package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built-in PMS under a realistic guest mix, through its public API on the packaged service: availability
 * quotes for stays that cluster on the coming weeks and weekends (as guests ask), one booking for every ten quotes
 * ({@code -Dbench.quotesPerBooking}; each booking invalidates the hotel's cached quotes), from several clients. Prints quote and booking latency,
 * quotes per second and the availability cache's hit ratio read from the service's own metrics. Not part of the
 * test command: {@code scripts/mvn.sh -pl e2e-tests verify -De2e.excludedGroups=none -Dgroups=benchmark
 * -Dit.test=PmsBenchmarkIT}.
 */
@Tag("benchmark")
@ExtendWith(RunningSuite.class)
class PmsBenchmarkIT {

    private static final int REQUESTS = Integer.getInteger("bench.requests", 3000);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    /** One booking per this many quotes: 10 is a good conversion; at full speed it also means many bookings/s. */
    private static final int QUOTES_PER_BOOKING = Integer.getInteger("bench.quotesPerBooking", 10);
    private static final Pattern HITS = Pattern.compile(
            "hotel_pms_cache_lookups_answered_total\\{[^}]*cache=\"availability\"[^}]*result=\"(hit|miss)\"[^}]*} ([0-9.E]+)");

    private final Suite suite = RunningSuite.suite();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void quotesAndBookingsUnderARealisticMix() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/Madrid"));
        warmUp(today);
        var before = cacheCounts();
        var quotes = Collections.synchronizedList(new ArrayList<Long>());
        var bookings = Collections.synchronizedList(new ArrayList<Long>());
        var pool = Executors.newFixedThreadPool(CLIENTS);
        var started = System.nanoTime();
        for (var client = 0; client < CLIENTS; client++) {
            var random = new Random(client);
            pool.submit(() -> {
                for (var i = 0; i < REQUESTS / CLIENTS; i++) {
                    var stay = stay(random, today);
                    var adults = random.nextInt(10) < 7 ? 2 : 1;
                    var quoted = time(() -> post("/api/hotels/demo-hotel/availability", """
                            {"checkIn":"%s","checkOut":"%s","rooms":[{"adults":%d,"children":0}]}"""
                            .formatted(stay[0], stay[1], adults), null));
                    quotes.add(quoted);
                    if (random.nextInt(QUOTES_PER_BOOKING) == 0) {
                        bookings.add(time(() -> post("/api/hotels/demo-hotel/bookings", """
                                {"roomTypeId":"double","checkIn":"%s","checkOut":"%s","adults":%d,"children":0,
                                "guest":{"name":"Bench Guest","email":"bench@example.com"}}"""
                                .formatted(stay[0], stay[1], adults), UUID.randomUUID().toString())));
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        var seconds = (System.nanoTime() - started) / 1e9;
        var after = cacheCounts();
        var hits = after[0] - before[0];
        var misses = after[1] - before[1];

        System.out.printf("%nBENCHMARK pms quotes (%d clients): %s, %.0f quotes/s%n", CLIENTS,
                Latencies.summary(toArray(quotes)), quotes.size() / seconds);
        System.out.printf("BENCHMARK pms bookings (incl. Kafka ack): %s%n", Latencies.summary(
                toArray(bookings)));
        System.out.printf("BENCHMARK pms availability cache: %.0f hits, %.0f misses, hit ratio %.2f%n%n", hits, misses,
                hits / (hits + misses));
        assertThat(quotes).hasSize(REQUESTS / CLIENTS * CLIENTS);
        assertThat(hits + misses).isEqualTo(quotes.size());
    }

    /**
     * Check-in within 60 days, weighted toward the next two weeks (half the asks) and Fridays; 1 to 4 nights, two
     * most often: the shape of what guests ask a city hotel.
     */
    private static LocalDate[] stay(Random random, LocalDate today) {
        var offset = random.nextInt(2) == 0 ? 1 + random.nextInt(14) : 1 + random.nextInt(60);
        var checkIn = today.plusDays(offset);
        if (random.nextInt(3) == 0) {
            checkIn = checkIn.plusDays((12 - checkIn.getDayOfWeek().getValue()) % 7);
        }
        int[] nights = {1, 2, 2, 2, 3, 3, 4};
        return new LocalDate[] {checkIn, checkIn.plusDays(nights[random.nextInt(nights.length)])};
    }

    private void warmUp(LocalDate today) {
        for (var i = 0; i < 50; i++) {
            post("/api/hotels/demo-hotel/availability", """
                    {"checkIn":"%s","checkOut":"%s","rooms":[{"adults":2,"children":0}]}"""
                    .formatted(today.plusDays(100 + i), today.plusDays(102 + i)), null);
        }
    }

    private double[] cacheCounts() throws Exception {
        var metrics = http.send(HttpRequest.newBuilder(URI.create(suite.url("pms-adapter-service") + "/q/metrics"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        var counts = new double[2];
        var matcher = HITS.matcher(metrics);
        while (matcher.find()) {
            counts[matcher.group(1).equals("hit") ? 0 : 1] = Double.parseDouble(matcher.group(2));
        }
        return counts;
    }

    private int post(String path, String body, String idempotencyKey) {
        var request = HttpRequest.newBuilder(URI.create(suite.url("pms-adapter-service") + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            var status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            // A sold-out night is an answer (409), not an error of the benchmark.
            assertThat(status).isIn(200, 201, 409);
            return status;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long time(Runnable call) {
        var start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    private static long[] toArray(List<Long> values) {
        synchronized (values) {
            return values.stream().mapToLong(Long::longValue).toArray();
        }
    }
}
