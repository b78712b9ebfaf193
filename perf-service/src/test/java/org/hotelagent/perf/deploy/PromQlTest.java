package org.hotelagent.perf.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsMetricsButNotFunctionsLabelsOrKeywords() {
        var names = PromQl.metricNames("sum by (job, channel) (rate(quarkus_messaging_message_failures_total"
                + "{job=~\"$job\", channel!=\"x\"}[$__rate_interval])) / sum by (job) (rate(up[5m])) > bool 0.02 "
                + "and on (job) hotel:latency_slo_bad:ratio_1h > 14.4 * 0.01");

        assertThat(names).containsExactlyInAnyOrder("quarkus_messaging_message_failures_total", "up",
                "hotel:latency_slo_bad:ratio_1h");
    }

    @Test
    void ignoresGrafanaVariablesAndDurations() {
        assertThat(PromQl.metricNames("avg_over_time((hotel_perf_latency_estimated > bool 5)[1h:30s]) * $scale"))
                .containsExactly("hotel_perf_latency_estimated");
    }
}
