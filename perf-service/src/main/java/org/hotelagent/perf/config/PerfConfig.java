package org.hotelagent.perf.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The scaling policy, per service where to read its load, and whether to apply the advice to the HPAs. */
@ConfigMapping(prefix = "perf")
public interface PerfConfig {

    Scaling scaling();

    /** By service name (the Deployment's name, the {@code service} tag of the gauges). */
    Map<String, Service> services();

    Kubernetes kubernetes();

    /** Settings shared by every service. */
    interface Scaling {

        /** How often to decide, a Quarkus scheduler period ({@code 15s}) or {@code off}. */
        @WithDefault("15s")
        String interval();

        /** ρ: target share of a replica's time spent working. */
        @WithDefault("0.7")
        double targetUtilization();

        /** How long a backlog may take to clear. */
        @WithDefault("60s")
        Duration drainTime();

        /** Replicas are removed only when no recommendation in this window asked for them. */
        @WithDefault("300s")
        Duration scaleDownWindow();
    }

    /** The optional HPA applier. */
    interface Kubernetes {

        /** Whether each service's HPA minReplicas follows its advice (needs the Role in k8s/base). */
        @WithDefault("false")
        boolean applyHints();
    }

    /** Where one service's load is read. */
    interface Service {

        /** Its Prometheus endpoint, e.g. {@code http://nlp-service:8082/q/metrics}. */
        URI metricsUrl();

        /** Consumer group of a Kafka-fed service; absent for HTTP-only services. */
        Optional<String> group();

        /** Input topic of a Kafka-fed service; its partition count caps the replicas. */
        Optional<String> topic();

        /** Base name of the processing timer, e.g. {@code quarkus_messaging_message_duration_seconds}. */
        String timer();

        /** Label filter on the timer's series, {@code name=value[,name=value]}. */
        Optional<String> timerLabels();

        /** S until the timer has seen messages. */
        @WithDefault("0.1s")
        Duration defaultServiceTime();

        @WithDefault("1")
        int minReplicas();

        @WithDefault("6")
        int maxReplicas();
    }
}
