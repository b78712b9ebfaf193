package org.hotelagent.perf;

import static io.restassured.RestAssured.given;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.perf.api.MetricsStandIn;
import org.hotelagent.perf.deploy.ExportedMetrics;

/** The lines of deploy/metrics/exported-metrics.txt marked "scraped" for perf-service are really on its /q/metrics. */
@QuarkusTest
@WithTestResource(MetricsStandIn.class)
class ExportedMetricsTest {

    @Test
    void exposesEveryMetricTheListSaysWasScrapedFromIt() throws Exception {
        try (var admin = MetricsStandIn.admin()) {
            admin.alterConsumerGroupOffsets(MetricsStandIn.TOPIC,
                    Map.of(new TopicPartition(MetricsStandIn.TOPIC, 0), new OffsetAndMetadata(0))).all().get(10, SECONDS);
        }
        given().post("/api/scaling-hints/refresh").then().statusCode(200);
        given().get("/api/consumer-lag").then().statusCode(200);

        var exposition = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(ExportedMetrics.load().scrapedFromPerfService()).isNotEmpty().allSatisfy(name ->
                assertThat(Pattern.compile("(?m)^" + Pattern.quote(name) + "[{ ]").matcher(exposition).find())
                        .as(name + " on /q/metrics").isTrue());
    }
}
