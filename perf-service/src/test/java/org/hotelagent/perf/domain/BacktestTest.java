package org.hotelagent.perf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/** Guards the scaling model against regressions on the shipped hotel-day trace (docs/BENCHMARKS-perf.md). */
class BacktestTest {

    @Test
    void ourPolicyMissesTheSloNoMoreOftenThanKedaWithComparableReplicaMinutes() {
        var results = Backtest.run(LoadTrace.hotelDay());
        var ours = results.getFirst();
        var kedaDefault = results.get(1);

        assertThat(ours.autoscaler()).isEqualTo("perf-service policy");
        assertThat(kedaDefault.autoscaler()).isEqualTo("KEDA lag/10");
        results.subList(1, results.size()).forEach(keda ->
                assertThat(ours.violationShare()).as("SLO violations vs " + keda.autoscaler())
                        .isLessThanOrEqualTo(keda.violationShare()));
        assertThat(ours.replicaMinutes()).as("replica-minutes vs KEDA's default lag threshold")
                .isLessThanOrEqualTo(1.1 * kedaDefault.replicaMinutes());
        assertThat(ours.violationShare()).as("share of late messages").isLessThan(0.05);
    }

    @Test
    void theTraceCoversOneDayWithPeaksAndBursts() {
        var trace = LoadTrace.hotelDay();
        var perMinute = trace.messagesPerMinute();

        assertThat(perMinute).hasSize(1440);
        assertThat(perMinute.subList(0, 300)).allMatch(messages -> messages < 30);
        assertThat(Collections.max(perMinute.subList(480, 600))).isGreaterThan(400);
        assertThat(Collections.max(perMinute.subList(1200, 1320))).isGreaterThan(1500);
        assertThat(perMinute.get(720)).isGreaterThan(3 * perMinute.get(715));
    }

    @Test
    void aFixedAmpleFleetMeetsTheSloAndPaysForEveryMinute() {
        var trace = trace("0,600\n1,600\n2,600\n3,600\n");
        var simulation = new QueueSimulation(Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(15),
                Duration.ofSeconds(1), 6, 2);

        var result = simulation.run(trace, Autoscaler.keda(1_000_000, 2, 6, Duration.ofMinutes(5)));

        assertThat(result.lateMessages()).isZero();
        assertThat(result.messages()).isEqualTo(2400);
        assertThat(result.replicaMinutes()).isEqualTo(8);
    }

    @Test
    void anOverloadedReplicaMissesTheSloUntilHelpArrives() {
        // 20 messages/s against one replica serving 10/s; a second replica starts 30 s after the first decision
        var trace = trace("0,1200\n1,1200\n2,0\n3,0\n");
        var simulation = new QueueSimulation(Duration.ofMillis(100), Duration.ofSeconds(30), Duration.ofSeconds(15),
                Duration.ofSeconds(1), 6, 1);

        var fixed = simulation.run(trace, Autoscaler.keda(1_000_000, 1, 1, Duration.ofMinutes(5)));
        var scaled = simulation.run(trace, Autoscaler.advisor(new ScalingPolicy(0.7, Duration.ofSeconds(60), 1, 6),
                Duration.ofMinutes(5), Duration.ofMillis(100)));

        assertThat(fixed.violationShare()).isGreaterThan(0.4);
        assertThat(scaled.violationShare()).isLessThan(fixed.violationShare());
        assertThat(scaled.peakReplicas()).isGreaterThan(1);
    }

    private static LoadTrace trace(String csv) {
        try {
            return LoadTrace.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
