package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Webhook ingest as issue 3 asks: the time from posting a signed WhatsApp webhook to the gateway's 200, which it
 * answers only once the message is durably in Kafka (acks=all), at open-loop rates up to past saturation. The
 * gateway runs alone, so nothing downstream shares the 2 cores; the load generator does, in this JVM. Bodies are
 * built and signed before each phase so the generator spends its time sending. Not part of the test command; see
 * docs/BENCHMARKS.md for the command.
 */
@Tag("benchmark")
class WebhookIngestBenchmarkIT {

    private static final int[] RATES = Arrays.stream(System.getProperty("bench.ingestRates",
            "200,500,1000,1500,2000").split(",")).mapToInt(Integer::parseInt).toArray();
    private static final int PHASE_SECONDS = Integer.getInteger("bench.phaseSeconds", 20);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void acknowledgementLatencyAtRisingRates() throws Exception {
        try (var clock = new ReplyClock();
             var gateway = Suite.startOnly(List.of("gateway-service"), clock.baseUrl(), Map.of("gateway-service",
                     Map.of("PG_DATABASE", "gateway_bench", "REDIS_URL", "redis://127.0.0.1:6379/3")))) {
            var url = URI.create(gateway.url("gateway-service") + "/api/webhooks/whatsapp");
            phase(url, 100, 10 * 100, "warm-up");
            for (var rate : RATES) {
                var result = phase(url, rate, rate * PHASE_SECONDS, "ingest");
                assertThat(result.acknowledged()).as("webhooks acknowledged at %d/s", rate).isPositive();
            }
        }
    }

    private static Result phase(URI url, int rate, int messages, String label) {
        var run = Long.toString(System.nanoTime(), 36);
        var requests = new HttpRequest[messages];
        for (var i = 0; i < messages; i++) {
            var body = SignedWebhooks.text(Suite.NUMBER_ID, "3471" + "%08d".formatted(i), "Ingest Guest",
                    "wamid.ingest-" + run + "-" + i, "Hola, ¿tienen habitación doble para el viernes?");
            requests[i] = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                    .header("X-Hub-Signature-256", SignedWebhooks.signature(Suite.SECRET, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        }
        var latencies = new long[messages];
        var outcomes = new ConcurrentHashMap<String, AtomicInteger>();
        var pending = new CompletableFuture<?>[messages];
        var interval = 1_000_000_000L / rate;
        var begin = System.nanoTime();
        for (var i = 0; i < messages; i++) {
            var n = i;
            // Latency from when the request was due, so a generator that falls behind cannot hide queueing.
            var due = begin + i * interval;
            Latencies.pace(due);
            pending[i] = HTTP.sendAsync(requests[i], HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        latencies[n] = System.nanoTime() - due;
                        outcomes.computeIfAbsent(failure != null ? failure.getClass().getSimpleName()
                                : "HTTP " + response.statusCode(), key -> new AtomicInteger()).incrementAndGet();
                    });
        }
        CompletableFuture.allOf(pending).exceptionally(failure -> null).join();
        var seconds = (System.nanoTime() - begin) / 1e9;
        var acknowledged = outcomes.getOrDefault("HTTP 200", new AtomicInteger()).get();
        var result = new Result(rate, messages, acknowledged, acknowledged / seconds, latencies, outcomes);
        System.out.printf("BENCHMARK %s at %d/s for %d s: %s%n", label, rate, messages / rate, result);
        return result;
    }

    record Result(int rate, int sent, int acknowledged, double acknowledgedPerSecond, long[] latencies,
                  Map<String, AtomicInteger> outcomes) {

        @Override
        public String toString() {
            return "%s; %d/%d acknowledged, %.0f acks/s; outcomes %s".formatted(Latencies.summary(latencies),
                    acknowledged, sent, acknowledgedPerSecond, outcomes);
        }
    }
}
