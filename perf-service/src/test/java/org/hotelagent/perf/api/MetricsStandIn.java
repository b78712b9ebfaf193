package org.hotelagent.perf.api;

import static java.util.concurrent.TimeUnit.SECONDS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A service under advice for the scaling tests: an in-JVM HTTP server answering {@code /metrics} with a timer the
 * test sets, and a fresh 3-partition topic on the real broker; configures perf-service to watch both as
 * {@value #SERVICE}.
 */
public class MetricsStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String SERVICE = "test-consumer";
    /** The topic, which is also the consumer group, of this run. */
    public static final String TOPIC = "perf-test-" + UUID.randomUUID();
    private static final AtomicReference<String> EXPOSITION = new AtomicReference<>("");

    private HttpServer server;

    /** Makes the stand-in report {@code count} messages timed for {@code seconds} in total. */
    public static void timed(long count, double seconds) {
        EXPOSITION.set(String.format(Locale.ROOT, """
                # TYPE quarkus_messaging_message_duration_seconds summary
                quarkus_messaging_message_duration_seconds_count{channel="%1$s"} %2$d.0
                quarkus_messaging_message_duration_seconds_sum{channel="%1$s"} %3$f
                """, TOPIC, count, seconds));
    }

    public static String bootstrapServers() {
        return Optional.ofNullable(System.getenv("KAFKA_BOOTSTRAP_SERVERS")).orElse("127.0.0.1:9092");
    }

    @Override
    public Map<String, String> start() {
        try (var admin = admin()) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(10, SECONDS);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("could not create " + TOPIC, e);
        }
        server.createContext("/metrics", exchange -> {
            var body = EXPOSITION.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        var prefix = "perf.services." + SERVICE + ".";
        return Map.of(prefix + "metrics-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/metrics",
                prefix + "group", TOPIC, prefix + "topic", TOPIC,
                prefix + "timer", "quarkus_messaging_message_duration_seconds",
                prefix + "timer-labels", "channel=" + TOPIC, prefix + "max-replicas", "10");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        try (var admin = admin()) {
            admin.deleteConsumerGroups(List.of(TOPIC)).all().get(10, SECONDS);
        } catch (Exception e) {
            // The group exists only if a test committed for it.
        }
        try (var admin = admin()) {
            admin.deleteTopics(List.of(TOPIC)).all().get(10, SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not delete " + TOPIC, e);
        }
    }

    public static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }
}
