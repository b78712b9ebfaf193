package org.hotelagent.perf.api;

import static io.restassured.RestAssured.given;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(MetricsStandIn.class)
class ScalingHintResourceTest {

    private static final String SERVICE = MetricsStandIn.SERVICE;

    @Test
    void advisesReplicasFromArrivalsServiceTimeAndBacklogBoundedByPartitions() throws Exception {
        produce(20);
        commit(5);
        MetricsStandIn.timed(100, 10);
        var first = refresh();

        assertThat(number(first, "backlog")).isEqualTo(15);
        assertThat(number(first, "maxReplicas")).isEqualTo(3);

        produce(30);
        commit(35);
        MetricsStandIn.timed(130, 25);
        var second = refresh();

        assertThat(number(second, "serviceTimeSeconds")).isEqualTo(0.5);
        assertThat(number(second, "backlog")).isEqualTo(15);
        assertThat(number(second, "arrivalRate")).isPositive();
        assertThat(number(second, "desiredReplicas")).isEqualTo(3);
        assertThat((List<?>) second.get("reasons")).anyMatch(reason -> reason.toString().startsWith("bounded to [1, 3]"));
        given().get("/api/scaling-hints/" + SERVICE).then().statusCode(200).body("desiredReplicas", equalTo(3));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("hotel_perf_replicas_desired{service=\"" + SERVICE + "\"} 3.0"))
                .body(containsString("hotel_perf_backlog{service=\"" + SERVICE + "\"} 15.0"))
                .body(containsString("hotel_perf_service_time{service=\"" + SERVICE + "\"} 0.5"));
    }

    @Test
    void answersAProblemForAServiceItDoesNotAdvise() {
        given().get("/api/scaling-hints/no-such-service")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:hotel-agent:problem:unknown-service"));
    }

    @Test
    void reportsEveryConfiguredServiceEvenWhenItsMetricsAreUnreachable() {
        given().post("/api/scaling-hints/refresh").then().statusCode(200);

        var services = given().get("/api/scaling-hints").then().statusCode(200)
                .extract().jsonPath().getList("service", String.class);

        assertThat(services).contains(SERVICE, "nlp-service", "orchestrator-service", "gateway-service",
                "pms-adapter-service", "audio-service");
    }

    private static Map<String, Object> refresh() {
        var all = given().post("/api/scaling-hints/refresh").then().statusCode(200).extract().jsonPath();
        var index = all.getList("service", String.class).indexOf(SERVICE);
        assertThat(index).as("advice for " + SERVICE).isNotNegative();
        return all.getMap("[" + index + "]");
    }

    private static double number(Map<String, Object> advice, String field) {
        return ((Number) advice.get(field)).doubleValue();
    }

    private static void produce(int count) throws Exception {
        var config = Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, MetricsStandIn.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (var producer = new KafkaProducer<String, String>(config)) {
            for (var i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(MetricsStandIn.TOPIC, 0, "key", "record " + i)).get(10, SECONDS);
            }
        }
    }

    private static void commit(long offset) throws Exception {
        try (var admin = MetricsStandIn.admin()) {
            admin.alterConsumerGroupOffsets(MetricsStandIn.TOPIC,
                    Map.of(new TopicPartition(MetricsStandIn.TOPIC, 0), new OffsetAndMetadata(offset)))
                    .all().get(10, SECONDS);
        }
    }
}
