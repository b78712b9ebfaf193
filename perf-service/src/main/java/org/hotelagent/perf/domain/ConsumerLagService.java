package org.hotelagent.perf.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

import org.hotelagent.perf.client.KafkaLagClient;

/** Measures consumer lag and keeps the {@value #GAUGE} gauges at the last measured value. */
@ApplicationScoped
public class ConsumerLagService {

    public static final String GAUGE = "hotel.perf.consumer.lag";
    public static final String DLQ_GAUGE = "hotel.perf.dlq.records";

    private final KafkaLagClient kafka;
    private final MeterRegistry registry;
    /** The gauges' state, by group and topic; Micrometer only holds it weakly. */
    private final Map<List<String>, AtomicLong> lagByGroupAndTopic = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> recordsByDeadLetterTopic = new ConcurrentHashMap<>();

    ConsumerLagService(KafkaLagClient kafka, MeterRegistry registry) {
        this.kafka = kafka;
        this.registry = registry;
    }

    public Uni<List<ConsumerLag>> measure(Optional<String> group) {
        return kafka.lagOf(group).invoke(this::record);
    }

    public Uni<Integer> partitionCount(String topic) {
        return kafka.partitionCount(topic);
    }

    /** Records retained per dead-letter topic, also kept in the {@value #DLQ_GAUGE} gauges. */
    public Uni<Map<String, Long>> measureDeadLetters() {
        return kafka.deadLetterRecords().invoke(records -> records.forEach((topic, count) ->
                recordsByDeadLetterTopic.computeIfAbsent(topic, this::deadLetterGauge).set(count)));
    }

    private AtomicLong deadLetterGauge(String topic) {
        var records = new AtomicLong();
        Gauge.builder(DLQ_GAUGE, records, AtomicLong::get)
                .description("Records retained on the dead-letter topic (log end minus log start)")
                .tag("topic", topic)
                .register(registry);
        return records;
    }

    private void record(List<ConsumerLag> lags) {
        lags.forEach(lag -> lag.lagByTopic().forEach((topic, total) -> gauge(lag.group(), topic).set(total)));
    }

    private AtomicLong gauge(String group, String topic) {
        return lagByGroupAndTopic.computeIfAbsent(List.of(group, topic), key -> {
            var lag = new AtomicLong();
            Gauge.builder(GAUGE, lag, AtomicLong::get)
                    .description("Records on the topic not yet consumed by the group, at the last measurement")
                    .tag("group", group).tag("topic", topic)
                    .register(registry);
            return lag;
        });
    }
}
