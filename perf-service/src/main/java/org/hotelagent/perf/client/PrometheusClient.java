package org.hotelagent.perf.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;

import org.hotelagent.perf.domain.TimerSample;

/** Scrapes a service's Prometheus endpoint ({@code /q/metrics}) for one timer. */
@ApplicationScoped
@Startup
public class PrometheusClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** The timer's current totals; fails on a non-200 answer, a timeout or an unreachable service. */
    public Uni<TimerSample> timer(URI metricsUrl, String name, Optional<String> labelFilter) {
        var request = HttpRequest.newBuilder(metricsUrl).timeout(TIMEOUT).GET().build();
        return Uni.createFrom().completionStage(() -> http.sendAsync(request, BodyHandlers.ofString()))
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(metricsUrl + " answered " + response.statusCode());
                    }
                    return PrometheusText.timer(response.body(), name, labels(labelFilter));
                });
    }

    static Map<String, String> labels(Optional<String> filter) {
        return filter.stream().flatMap(text -> Arrays.stream(text.split(",")))
                .map(String::trim).filter(pair -> pair.contains("="))
                .collect(Collectors.toMap(pair -> pair.substring(0, pair.indexOf('=')).trim(),
                        pair -> pair.substring(pair.indexOf('=') + 1).trim()));
    }
}
