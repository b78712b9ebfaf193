package org.hotelagent.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;


/**
 * The whole suite under load, as issue 8 asks: guest text messages (a mix of availability questions that need the
 * PMS and hotel questions) from signed webhook to the Graph API stand-in at rising rates, next to the bare Kafka
 * 4-hop floor; a 10 s voice note; and each process's RSS after a long load. The orchestrator talks to a PMS
 * stand-in that answers what the real pms-adapter answered during the warm-up, at a fixed 20 ms, so the PMS's own
 * speed is out of the numbers. Not part of the test command; see docs/BENCHMARKS.md for the command.
 */
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FullSuiteBenchmarkIT {

    private static final int[] RATES = Arrays.stream(System.getProperty("bench.rates", "10,50,100,300").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final int PHASE_SECONDS = Integer.getInteger("bench.phaseSeconds", 20);
    private static final int SOAK_MINUTES = Integer.getInteger("bench.soakMinutes", 10);
    private static final int SOAK_RATE = Integer.getInteger("bench.soakRate", 20);
    private static final int VOICE_NOTES = Integer.getInteger("bench.voiceNotes", 20);
    private static final int PMS_MILLIS = 20;
    private static final Duration DRAIN = Duration.ofMinutes(5);
    /** First messages of new conversations, as guests write them: 2 of 5 need a PMS quote. */
    private static final List<String> GUEST_TEXTS = List.of(
            "Hola, ¿tienen habitación doble del 12 al 14 de diciembre para 2 adultos?",
            "What time is breakfast?",
            "Vocês têm estacionamento?",
            "Do you have a room from January 8 to January 10 for 2 adults?",
            "¿A qué hora es el check-in?");
    private static final String VOICE_SENTENCE = "Hello, good morning. We are two adults and would like a double "
            + "room from the twelfth to the fourteenth of December. Is one available?";

    // HTTP/1.1, as Meta delivers webhooks (the default would try an h2c upgrade on every connection).
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final AtomicLong GUESTS = new AtomicLong();
    private static final String RUN = "%06d".formatted(System.currentTimeMillis() / 1000 % 1_000_000);
    private static final Map<String, AtomicInteger> REFUSALS = new ConcurrentHashMap<>();
    private static ReplyClock clock;
    private static PmsReplay pms;
    private static Suite suite;

    @BeforeAll
    static void start() throws Exception {
        clock = new ReplyClock();
        pms = new PmsReplay();
        suite = Suite.start(clock.baseUrl(),
                ownData(Map.of("orchestrator-service", Map.of("PMS_URL", pms.baseUrl()))));
        // Warm-up through the real pms-adapter, recording its answers; afterwards the stand-in replays them.
        pms.record(suite.url("pms-adapter-service"));
        var warmUp = phase(5, 40);
        assertThat(warmUp.replied()).as("every warm-up message answered").isEqualTo(warmUp.sent());
        System.out.printf("%nBENCHMARK pms stand-in: %d recorded answers replayed at %d ms%n",
                pms.replay(PMS_MILLIS), PMS_MILLIS);
    }

    /**
     * Databases and Redis of its own (scripts/pg-redis-local.sh makes the *_bench databases), so a benchmark never
     * meets the end-to-end tests' data.
     */
    private static Map<String, Map<String, String>> ownData(Map<String, Map<String, String>> overrides) {
        var all = new LinkedHashMap<String, Map<String, String>>();
        for (var service : List.of("gateway", "nlp", "orchestrator", "pms-adapter", "audio", "perf")) {
            var env = new LinkedHashMap<>(overrides.getOrDefault(service + "-service", Map.of()));
            env.put("PG_DATABASE", service.replace("-adapter", "") + "_bench");
            env.put("REDIS_URL", "redis://127.0.0.1:6379/3");
            all.put(service + "-service", env);
        }
        return all;
    }

    @AfterAll
    static void stop() {
        if (suite != null) {
            suite.close();
        }
        if (pms != null) {
            pms.close();
        }
        if (clock != null) {
            clock.close();
        }
    }

    @Test
    @Order(1)
    void textReplyLatencyAtRisingRates() throws Exception {
        var floor = KafkaHopFloor.measure(Suite.KAFKA, 4, 2000, 100);
        System.out.printf("BENCHMARK bare Kafka 4-hop floor (2000 msgs at 100/s): %s%n", Latencies.summary(floor));
        for (var rate : RATES) {
            var result = phase(rate, rate * PHASE_SECONDS);
            System.out.printf("BENCHMARK text at %d/s for %d s: %s%n", rate, PHASE_SECONDS, result);
            assertThat(result.rejected()).as("webhooks refused at %d/s: %s", rate, REFUSALS).isZero();
            assertThat(result.replied()).as("guest messages answered at %d/s", rate).isEqualTo(result.sent());
        }
        assertThat(pms.unanswered.get()).as("PMS requests the stand-in had no recorded answer for").isZero();
    }

    @Test
    @Order(2)
    void tenSecondVoiceNote() throws Exception {
        var note = Speech.oggOpus(VOICE_SENTENCE, Duration.ofSeconds(10));
        var sha256 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(note));
        var voice = new ArrayList<Long>();
        var text = new ArrayList<Long>();
        for (var i = 0; i < VOICE_NOTES; i++) {
            var mediaId = Long.toString(4_000_000_000_000L + GUESTS.incrementAndGet());
            WhatsAppGuest.serveMedia(clock.graphApi, mediaId, sha256, note);
            var wamid = "wamid.bench-voice-" + mediaId;
            var sent = System.nanoTime();
            post(SignedWebhooks.voice(Suite.NUMBER_ID, phone(), "Bench Voice", wamid, mediaId, sha256));
            Latencies.awaitAll(clock.textReply, Set.of(wamid), Duration.ofSeconds(60));
            assertThat(clock.textReply).as("text reply to voice note %d", i).containsKey(wamid);
            assertThat(clock.voiceReply).as("voice reply to voice note %d (on by default)", i).containsKey(wamid);
            voice.add(clock.voiceReply.get(wamid) - sent);
            text.add(clock.textReply.get(wamid) - sent);
        }
        System.out.printf("BENCHMARK 10 s voice note, its voice reply: %s%n", Latencies.summary(toArray(voice)));
        System.out.printf("BENCHMARK 10 s voice note, its text reply: %s%n", Latencies.summary(toArray(text)));
    }

    @Test
    @Order(3)
    void residentMemoryAfterLongLoad() throws Exception {
        var samples = new LinkedHashMap<String, Map<String, Long>>();
        samples.put("start", rss());
        var sentAt = new ConcurrentHashMap<String, Long>();
        var rejected = new AtomicInteger();
        var interval = 1_000_000_000L / SOAK_RATE;
        var begin = System.nanoTime();
        for (var minute = 1; minute <= SOAK_MINUTES; minute++) {
            for (var i = 0; i < SOAK_RATE * 60; i++) {
                var n = (minute - 1L) * SOAK_RATE * 60 + i;
                Latencies.pace(begin + n * interval);
                send(GUEST_TEXTS.get((int) (n % GUEST_TEXTS.size())), sentAt, rejected);
            }
            samples.put(minute + " min", rss());
        }
        Latencies.awaitAll(clock.firstReply, sentAt.keySet(), DRAIN);
        var latencies = latencies(sentAt);
        System.out.printf("BENCHMARK soak %d min at %d/s: %s; refused %d%n", SOAK_MINUTES, SOAK_RATE,
                Latencies.summary(latencies), rejected.get());
        samples.forEach((when, rss) -> System.out.printf("BENCHMARK RSS MiB at %s: %s%n", when, rss));
        assertThat(latencies).as("soak messages answered").hasSize(sentAt.size());
    }

    /** Sends {@code messages} at {@code rate} per second (open loop), then waits for every reply. */
    private static Phase phase(int rate, int messages) {
        var turnsBefore = TurnHistogram.scrape(suite.url("orchestrator-service"));
        var pmsBefore = pms.calls.get();
        var sendsBefore = clock.sends.get();
        var sentAt = new ConcurrentHashMap<String, Long>();
        var rejected = new AtomicInteger();
        var interval = 1_000_000_000L / rate;
        var begin = System.nanoTime();
        for (var i = 0; i < messages; i++) {
            Latencies.pace(begin + i * interval);
            send(GUEST_TEXTS.get(i % GUEST_TEXTS.size()), sentAt, rejected);
        }
        Latencies.awaitAll(clock.firstReply, sentAt.keySet(), DRAIN);
        var latencies = latencies(sentAt);
        var last = sentAt.keySet().stream().filter(clock.firstReply::containsKey).mapToLong(clock.firstReply::get)
                .max().orElse(begin);
        var turns = TurnHistogram.scrape(suite.url("orchestrator-service")).since(turnsBefore);
        return new Phase(messages, latencies.length, rejected.get(), latencies,
                latencies.length / ((last - begin) / 1e9), turns, pms.calls.get() - pmsBefore,
                (clock.sends.get() - sendsBefore) / (double) messages);
    }

    private static void send(String text, Map<String, Long> sentAt, AtomicInteger rejected) {
        var wamid = "wamid.bench-" + GUESTS.incrementAndGet() + "-" + System.nanoTime();
        var body = SignedWebhooks.text(Suite.NUMBER_ID, phone(), "Bench Guest", wamid, text);
        sentAt.put(wamid, System.nanoTime());
        HTTP.sendAsync(webhook(body), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure != null || response.statusCode() != 200) {
                rejected.incrementAndGet();
                REFUSALS.computeIfAbsent(failure != null ? failure.getClass().getSimpleName()
                        : "HTTP " + response.statusCode(), key -> new AtomicInteger()).incrementAndGet();
            }
        });
    }

    private static void post(String body) throws Exception {
        assertThat(HTTP.send(webhook(body), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    private static HttpRequest webhook(String body) {
        return HttpRequest.newBuilder(URI.create(suite.url("gateway-service") + "/api/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", SignedWebhooks.signature(Suite.SECRET, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    /**
     * A new guest per message: every message opens its own conversation, as first contacts do; numbers differ from
     * run to run too, so no conversation is left over from an earlier run.
     */
    private static String phone() {
        return "34" + RUN + "%07d".formatted(GUESTS.incrementAndGet());
    }

    private static long[] latencies(Map<String, Long> sentAt) {
        return sentAt.entrySet().stream().filter(e -> clock.firstReply.containsKey(e.getKey()))
                .mapToLong(e -> clock.firstReply.get(e.getKey()) - e.getValue()).toArray();
    }

    private static Map<String, Long> rss() {
        var rss = new LinkedHashMap<>(suite.residentMebibytes());
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(" kafka.Kafka "))
                .findFirst().ifPresent(kafka -> rss.put("kafka", Suite.residentMebibytes(kafka.pid())));
        return rss;
    }

    private static long[] toArray(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** One load phase: what was sent and answered, end-to-end percentiles, and the orchestrator's own turn times. */
    record Phase(int sent, int replied, int rejected, long[] latencies, double repliesPerSecond,
                 TurnHistogram turns, int pmsCalls, double sendsPerMessage) {

        @Override
        public String toString() {
            return ("%s; %d/%d answered, %.1f replies/s, %d refused; orchestrator turns n=%.0f p50<=%.0f ms "
                    + "p99<=%.0f ms mean %.1f ms; PMS calls %d; %.2f sends per message").formatted(Latencies.summary(latencies), replied, sent,
                    repliesPerSecond, rejected, turns.count(), turns.quantileMillis(0.5), turns.quantileMillis(0.99),
                    turns.count() == 0 ? 0 : turns.sumSeconds() * 1000 / turns.count(), pmsCalls,
                    sendsPerMessage);
        }
    }
}
