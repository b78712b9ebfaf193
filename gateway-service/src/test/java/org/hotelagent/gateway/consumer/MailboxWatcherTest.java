package org.hotelagent.gateway.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Topics;
import org.hotelagent.gateway.support.GmailApiStandIn;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.GreenMailStandIn;

@QuarkusTest
@TestProfile(MailboxWatcherTest.HourlyPoll.class)
@QuarkusTestResource(GraphApiStandIn.class)
@QuarkusTestResource(GreenMailStandIn.class)
@QuarkusTestResource(GmailApiStandIn.class)
class MailboxWatcherTest {

    /** The poll runs once at start and then only after an hour: whatever arrives sooner came through IDLE. */
    public static class HourlyPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.email.poll-every", "1h");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void publishesAMailDeliveredWhileIdlingWithinSecondsAndMarksItSeen() {
        var guest = "guest-" + UUID.randomUUID() + "@example.com";
        var messageId = "<" + UUID.randomUUID() + "@mail.example.com>";
        // Let the start-up poll finish, so only IDLE can see the mail.
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.MESSAGES_RECEIVED)) {
            var delivered = Instant.now();

            GreenMailStandIn.deliver(GreenMailStandIn.eml("guest-plain.eml", guest, messageId));

            await().atMost(Duration.ofSeconds(10)).until(() -> records.getRecords().stream()
                    .anyMatch(r -> r.value().contains(messageId)));
            assertThat(Duration.between(delivered, Instant.now())).isLessThan(Duration.ofSeconds(10));
            await().atMost(Duration.ofSeconds(5)).until(() -> GreenMailStandIn.isSeen(messageId));
        }
    }
}
