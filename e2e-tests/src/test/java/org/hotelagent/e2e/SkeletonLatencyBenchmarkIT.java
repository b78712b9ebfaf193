package org.hotelagent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * End-to-end latency of the walking skeleton (signed webhook in → Graph API send out) over the six packaged
 * services, next to the bare Kafka floor for the same number of hops measured in the same run. Not part of the test
 * command: {@code scripts/mvn.sh -pl e2e-tests verify -De2e.excludedGroups=none -Dgroups=benchmark}.
 */
@Tag("benchmark")
class SkeletonLatencyBenchmarkIT {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 1000);
    private static final int RATE_PER_SECOND = Integer.getInteger("bench.rate", 20);
    private static final Pattern REPLY_TO = Pattern.compile("\"message_id\":\"(wamid\\.bench-[^\"]+)\"");

    @Test
    void measuresWebhookToGraphApiLatencyAgainstTheKafkaFloor() throws Exception {
        var floor = KafkaHopFloor.measure(Suite.KAFKA, 4, MESSAGES, RATE_PER_SECOND);
        var skeleton = measureSkeleton();

        System.out.printf("%nBENCHMARK skeleton end-to-end (%d msgs at %d/s): %s%n", MESSAGES, RATE_PER_SECOND,
                summary(skeleton));
        System.out.printf("BENCHMARK bare Kafka 4-hop floor (%d msgs at %d/s): %s%n%n", MESSAGES, RATE_PER_SECOND,
                summary(floor));
        assertThat(skeleton).hasSize(MESSAGES);
        assertThat(floor).hasSize(MESSAGES);
    }

    private static long[] measureSkeleton() throws Exception {
        var arrivals = new ConcurrentHashMap<String, Long>();
        var graphApi = new WireMockServer(options().dynamicPort().containerThreads(16));
        graphApi.addMockServiceRequestListener((request, response) -> {
            var matcher = REPLY_TO.matcher(request.getBodyAsString());
            if (matcher.find()) {
                arrivals.putIfAbsent(matcher.group(1), System.nanoTime());
            }
        });
        graphApi.start();
        graphApi.stubFor(post(urlPathMatching("/v[0-9.]+/[0-9]+/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.out\"}]}")));
        try (var suite = Suite.start(graphApi.baseUrl())) {
            warmUp(suite);
            var sentAt = new ConcurrentHashMap<String, Long>();
            var http = HttpClient.newHttpClient();
            var gateway = URI.create(suite.url("gateway-service") + "/api/webhooks/whatsapp");
            var interval = 1_000_000_000L / RATE_PER_SECOND;
            var start = System.nanoTime();
            for (var i = 0; i < MESSAGES; i++) {
                var wamid = "wamid.bench-" + UUID.randomUUID();
                var body = SignedWebhooks.text(Suite.NUMBER_ID, "3460" + (1_000_000 + i), "Bench Guest", wamid,
                        "Hola, ¿tienen habitación para el viernes?");
                pace(start + i * interval);
                sentAt.put(wamid, System.nanoTime());
                http.sendAsync(HttpRequest.newBuilder(gateway).header("Content-Type", "application/json")
                        .header("X-Hub-Signature-256", SignedWebhooks.signature(Suite.SECRET, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
            awaitAll(arrivals, sentAt.keySet(), Duration.ofSeconds(60));
            return sentAt.entrySet().stream().filter(e -> arrivals.containsKey(e.getKey()))
                    .mapToLong(e -> arrivals.get(e.getKey()) - e.getValue()).toArray();
        } finally {
            graphApi.stop();
        }
    }

    private static void warmUp(Suite suite) throws Exception {
        var http = HttpClient.newHttpClient();
        for (var i = 0; i < 50; i++) {
            var body = SignedWebhooks.text(Suite.NUMBER_ID, "3461" + (1_000_000 + i), "Warm Up",
                    "wamid.warm-" + UUID.randomUUID(), "hello there, any rooms tonight?");
            http.send(HttpRequest.newBuilder(URI.create(suite.url("gateway-service") + "/api/webhooks/whatsapp"))
                    .header("Content-Type", "application/json")
                    .header("X-Hub-Signature-256", SignedWebhooks.signature(Suite.SECRET, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        Suite.sleep(Duration.ofSeconds(5));
    }

    static void pace(long dueNanos) {
        var wait = dueNanos - System.nanoTime();
        if (wait > 0) {
            Suite.sleep(Duration.ofNanos(wait));
        }
    }

    static void awaitAll(Map<String, Long> arrivals, java.util.Set<String> expected, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !arrivals.keySet().containsAll(expected)) {
            Suite.sleep(Duration.ofMillis(100));
        }
    }

    static String summary(long[] nanos) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return "n=%d p50=%.1f ms p90=%.1f ms p99=%.1f ms max=%.1f ms".formatted(sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.ceil(p * sorted.length) - 1] / 1e6;
    }

    static List<String> topics(String prefix, int hops) {
        return java.util.stream.IntStream.rangeClosed(1, hops).mapToObj(i -> prefix + "-" + i).toList();
    }
}
