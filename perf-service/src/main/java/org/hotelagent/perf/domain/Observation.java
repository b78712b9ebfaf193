package org.hotelagent.perf.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One measurement of a service: its consumer group's offsets on its input topic (Kafka consumers only), the
 * topic's partition count, and its processing timer as scraped from {@code /q/metrics} (empty if the scrape failed).
 */
public record Observation(Instant at, Optional<OffsetSnapshot> offsets, OptionalInt partitions,
                          Optional<TimerSample> timer) {
}
