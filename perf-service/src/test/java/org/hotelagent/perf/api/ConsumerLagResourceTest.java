package org.hotelagent.perf.api;

import static io.restassured.RestAssured.given;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ConsumerLagResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void reportsHowFarAGroupIsBehindOnEachPartition() throws Exception {
        var topic = "perf-test-" + UUID.randomUUID();
        var group = "perf-test-" + UUID.randomUUID();
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(10, SECONDS);
            try {
                produce(topic, 5);
                admin.alterConsumerGroupOffsets(group, Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2)))
                        .all().get(10, SECONDS);

                given().queryParam("group", group).get("/api/consumer-lag")
                        .then().statusCode(200)
                        .body("group", contains(group))
                        .body("[0].totalLag", equalTo(3))
                        .body("[0].partitions.topic", contains(topic))
                        .body("[0].partitions[0].committedOffset", equalTo(2))
                        .body("[0].partitions[0].logEndOffset", equalTo(5))
                        .body("[0].partitions[0].lag", equalTo(3));

                given().get("/q/metrics").then().statusCode(200).body(containsString(
                        "hotel_perf_consumer_lag{group=\"" + group + "\",topic=\"" + topic + "\"} 3.0"));
            } finally {
                admin.deleteConsumerGroups(List.of(group)).all().get(10, SECONDS);
                admin.deleteTopics(List.of(topic)).all().get(10, SECONDS);
            }
        }
    }

    @Test
    void reportsNothingForAGroupKafkaDoesNotKnow() {
        given().queryParam("group", "perf-test-" + UUID.randomUUID()).get("/api/consumer-lag")
                .then().statusCode(200)
                .body("$", empty());
    }

    private void produce(String topic, int count) throws Exception {
        var config = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            for (var i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, "key", "record " + i)).get(10, SECONDS);
            }
        }
    }
}
