package org.hotelagent.perf.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.hotelagent.perf.domain.TimerSample;

class PrometheusTextTest {

    private static final String EXPOSITION = """
            # HELP quarkus_messaging_message_duration_seconds The duration of the message processing
            # TYPE quarkus_messaging_message_duration_seconds summary
            quarkus_messaging_message_duration_seconds_count{channel="messages-received"} 40.0
            quarkus_messaging_message_duration_seconds_sum{channel="messages-received"} 2.0
            quarkus_messaging_message_duration_seconds_max{channel="messages-received"} 0.3
            quarkus_messaging_message_duration_seconds_count{channel="other"} 1000.0
            quarkus_messaging_message_duration_seconds_sum{channel="other"} 1000.0
            http_server_requests_seconds_bucket{method="GET",uri="/a",le="0.1"} 3.0
            http_server_requests_seconds_bucket{method="GET",uri="/a",le="+Inf"} 4.0
            http_server_requests_seconds_bucket{method="POST",uri="/b",le="0.1"} 1.0
            http_server_requests_seconds_bucket{method="POST",uri="/b",le="+Inf"} 1.0
            http_server_requests_seconds_count{method="GET",uri="/a"} 4.0
            http_server_requests_seconds_sum{method="GET",uri="/a"} 0.5
            http_server_requests_seconds_count{method="POST",uri="/b"} 1.0
            http_server_requests_seconds_sum{method="POST",uri="/b"} 0.05
            """;

    @Test
    void readsTheSeriesMatchingTheLabels() {
        var timer = PrometheusText.timer(EXPOSITION, "quarkus_messaging_message_duration_seconds",
                Map.of("channel", "messages-received"));

        assertThat(timer).isEqualTo(new TimerSample(40, 2.0, Map.of()));
    }

    @Test
    void sumsEverySeriesAndItsBucketsWithoutAFilter() {
        var timer = PrometheusText.timer(EXPOSITION, "http_server_requests_seconds", Map.of());

        assertThat(timer.count()).isEqualTo(5);
        assertThat(timer.sumSeconds()).isEqualTo(0.55);
        assertThat(timer.buckets()).containsEntry(0.1, 4.0).containsEntry(Double.POSITIVE_INFINITY, 5.0);
    }

    @Test
    void givesAnEmptyTimerForAMetricNotExported() {
        assertThat(PrometheusText.timer(EXPOSITION, "missing_seconds", Map.of())).isEqualTo(TimerSample.EMPTY);
    }

    @Test
    void parsesALabelFilter() {
        assertThat(PrometheusClient.labels(Optional.of("channel=messages-received, uri=/a")))
                .containsExactlyInAnyOrderEntriesOf(Map.of("channel", "messages-received", "uri", "/a"));
        assertThat(PrometheusClient.labels(Optional.empty())).isEmpty();
    }
}
