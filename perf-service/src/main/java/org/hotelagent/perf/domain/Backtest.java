package org.hotelagent.perf.domain;

import java.time.Duration;
import java.util.List;

/**
 * Replays the hotel-day trace through our policy and KEDA-style lag rules and prints a Markdown table:
 * {@code scripts/mvn.sh -B -q -pl perf-service compile exec:java@backtest}.
 */
public final class Backtest {

    /** Measured S of the interpretation hop is ~20 ms; 150 ms stands for a busier hop (orchestrator with PMS calls). */
    public static final QueueSimulation SIMULATION = new QueueSimulation(Duration.ofMillis(150),
            Duration.ofSeconds(45), Duration.ofSeconds(15), Duration.ofSeconds(3), 6, 1);
    public static final ScalingPolicy POLICY = new ScalingPolicy(0.7, Duration.ofSeconds(60), 1, 6);
    public static final Duration SCALE_DOWN_WINDOW = Duration.ofMinutes(5);

    private Backtest() {
    }

    public static List<BacktestResult> run(LoadTrace trace) {
        return List.of(
                SIMULATION.run(trace, Autoscaler.advisor(POLICY, SCALE_DOWN_WINDOW, Duration.ofMillis(100))),
                SIMULATION.run(trace, Autoscaler.keda(10, 1, 6, SCALE_DOWN_WINDOW)),
                SIMULATION.run(trace, Autoscaler.keda(50, 1, 6, SCALE_DOWN_WINDOW)),
                SIMULATION.run(trace, Autoscaler.keda(200, 1, 6, SCALE_DOWN_WINDOW)));
    }

    public static void main(String[] args) {
        var trace = LoadTrace.hotelDay();
        System.out.printf("hotel-day trace: %d messages over %d minutes; %s%n", trace.totalMessages(),
                trace.messagesPerMinute().size(), SIMULATION);
        System.out.println("| autoscaler | messages over the 3 s SLO | replica-minutes | peak replicas |");
        System.out.println("|---|---|---|---|");
        run(trace).forEach(result -> System.out.println(result.markdownRow()));
    }
}
