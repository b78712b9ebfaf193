package org.hotelagent.orchestrator.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;

/** Reads the service's own Prometheus scrape ({@code /q/metrics}), as the dashboards do. */
public final class Metrics {

    private Metrics() {
    }

    /** The sum of the samples of {@code name} whose labels include every {@code label="value"} given; 0 if none. */
    public static double value(String name, String... labels) {
        var scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return scrape.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(Metrics::sample).sum();
    }

    /** A line's value: the token after the labels, not an exemplar's ({@code 5.0 # {trace_id="…"} 1.0 <time>}). */
    private static double sample(String line) {
        var sample = line.split(" # ", 2)[0].strip();
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }

    /**
     * Waits (5 s at most) until {@code name} with {@code labels} has grown by at least {@code increase} since
     * {@code before}: meters move right after the reply is acknowledged, a moment after the guest may read it.
     */
    public static void awaitIncrease(double before, double increase, String name, String... labels) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(value(name, labels))
                .as("%s %s", name, Arrays.toString(labels)).isGreaterThanOrEqualTo(before + increase));
    }
}
