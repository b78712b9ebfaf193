package org.hotelagent.perf.client;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;

import org.hotelagent.perf.domain.ConsumerLag;

/**
 * Reads consumer-group positions and log-end offsets from Kafka with the Admin API. Created at startup: building the
 * Admin registers JMX beans for seconds, which must not happen on the event loop of the first scheduled refresh.
 */
@ApplicationScoped
@Startup
public class KafkaLagClient {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;

    /** {@code kafka} holds every {@code kafka.*} property; the Admin gets those it knows, so it logs no warnings. */
    KafkaLagClient(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.admin = Admin.create(kafka.entrySet().stream()
                .filter(property -> AdminClientConfig.configNames().contains(property.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @PreDestroy
    void close() {
        admin.close(CLOSE_TIMEOUT);
    }

    /**
     * Lag of every consumer group, or of {@code group} only. Each Admin call gives up after
     * {@code kafka.default.api.timeout.ms}, failing the {@code Uni}.
     */
    public Uni<List<ConsumerLag>> lagOf(Optional<String> group) {
        return groupIds(group).chain(this::committedOffsets).chain(this::withLogEnds);
    }

    /** How many partitions {@code topic} has: the most consumers of one group that can share its work. */
    public Uni<Integer> partitionCount(String topic) {
        return from(admin.describeTopics(List.of(topic)).allTopicNames())
                .map(topics -> topics.get(topic).partitions().size());
    }

    /**
     * Records currently retained on each dead-letter topic (name ending in {@code -dlq}): log end minus log start,
     * summed over partitions. Nothing consumes these topics, so consumer lag cannot tell they are filling.
     */
    public Uni<Map<String, Long>> deadLetterRecords() {
        return from(admin.listTopics().names())
                .map(names -> names.stream().filter(name -> name.endsWith("-dlq")).toList())
                .chain(topics -> topics.isEmpty() ? Uni.createFrom().item(Map.<String, Long>of()) : retained(topics));
    }

    private Uni<Map<String, Long>> retained(List<String> topics) {
        return from(admin.describeTopics(topics).allTopicNames())
                .map(described -> described.values().stream().flatMap(topic -> topic.partitions().stream()
                        .map(info -> new TopicPartition(topic.name(), info.partition()))).toList())
                .chain(partitions -> Uni.combine().all()
                        .unis(offsets(partitions, OffsetSpec.earliest()), offsets(partitions, OffsetSpec.latest()))
                        .with((earliest, latest) -> partitions.stream().collect(Collectors.groupingBy(
                                TopicPartition::topic, TreeMap::new, Collectors.summingLong(partition ->
                                        latest.get(partition).offset() - earliest.get(partition).offset())))));
    }

    private Uni<Map<TopicPartition, ListOffsetsResultInfo>> offsets(List<TopicPartition> partitions, OffsetSpec spec) {
        return from(admin.listOffsets(partitions.stream()
                .collect(Collectors.toMap(Function.identity(), partition -> spec))).all());
    }

    private Uni<List<String>> groupIds(Optional<String> group) {
        return from(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all())
                .map(groups -> groups.stream().map(GroupListing::groupId)
                        .filter(id -> group.map(id::equals).orElse(true)).sorted().toList());
    }

    private Uni<Map<String, Map<TopicPartition, OffsetAndMetadata>>> committedOffsets(List<String> groups) {
        if (groups.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        var specs = groups.stream().collect(Collectors.toMap(Function.identity(),
                id -> new ListConsumerGroupOffsetsSpec()));
        return from(admin.listConsumerGroupOffsets(specs).all());
    }

    private Uni<List<ConsumerLag>> withLogEnds(Map<String, Map<TopicPartition, OffsetAndMetadata>> committed) {
        var partitions = committed.values().stream().flatMap(offsets -> offsets.keySet().stream())
                .collect(Collectors.toSet());
        return existing(partitions)
                .chain(this::logEndOffsets)
                .map(logEnds -> committed.entrySet().stream()
                        .map(group -> lag(group.getKey(), group.getValue(), logEnds))
                        .sorted(Comparator.comparing(ConsumerLag::group)).toList());
    }

    /** Groups keep offsets of deleted topics, and asking for their log end would fail the whole request. */
    private Uni<Set<TopicPartition>> existing(Set<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return from(admin.listTopics(new ListTopicsOptions().listInternal(true)).names())
                .map(topics -> partitions.stream().filter(partition -> topics.contains(partition.topic()))
                        .collect(Collectors.toSet()));
    }

    private Uni<Map<TopicPartition, ListOffsetsResultInfo>> logEndOffsets(Set<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        var latest = partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest()));
        return from(admin.listOffsets(latest).all());
    }

    private static ConsumerLag lag(String group, Map<TopicPartition, OffsetAndMetadata> committed,
                                   Map<TopicPartition, ListOffsetsResultInfo> logEnds) {
        return new ConsumerLag(group, committed.entrySet().stream()
                .filter(offset -> offset.getValue() != null && logEnds.containsKey(offset.getKey()))
                .map(offset -> new ConsumerLag.Partition(offset.getKey().topic(), offset.getKey().partition(),
                        offset.getValue().offset(), logEnds.get(offset.getKey()).offset()))
                .sorted(Comparator.comparing(ConsumerLag.Partition::topic)
                        .thenComparingInt(ConsumerLag.Partition::partition))
                .toList());
    }

    private static <T> Uni<T> from(KafkaFuture<T> future) {
        return Uni.createFrom().completionStage(future.toCompletionStage());
    }
}
