package org.hotelagent.gateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotelagent.gateway.support.SignedWebhook.consume;
import static org.hotelagent.gateway.support.SignedWebhook.matching;
import static org.hotelagent.gateway.support.SignedWebhook.read;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.handlers.ConsoleHandler;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.SignedWebhook;
import org.hotelagent.gateway.support.Webhooks;
import org.hotelagent.observability.CapturedLogs;
import org.hotelagent.observability.LogContext;

/** What the gateway's logs and traces say about a guest message: who and which message, never the number. */
@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class WebhookLogContextTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    WireMockServer graphApi;

    @Test
    void logsTheHotelTheMaskedGuestAndTheCorrelationWhileHandlingAWebhook() {
        var guest = Webhooks.guestNumber();
        var wamid = Webhooks.wamid();
        var mediaId = Long.toString(2_000_000_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits()
                % 1_000_000_000_000L));
        GraphApiStandIn.serveMedia(graphApi, mediaId, "00".repeat(32), 1000);
        graphApi.stubFor(get(urlPathMatching("/whatsapp_business/attachments/")).withQueryParam("mid", equalTo(mediaId))
                .willReturn(aResponse().withStatus(500)));

        try (var logs = CapturedLogs.start(); var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka, Topics.MESSAGES_RECEIVED)) {
            SignedWebhook.post(Webhooks.voiceNote(guest, wamid, mediaId)).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(records, v -> v.contains(wamid)).isEmpty());
            var event = read(matching(records, v -> v.contains(wamid)).getFirst().value(),
                    InboundMessageReceived.class);
            // The media download fails while the webhook is handled (the answer comes on a JDK HTTP client thread):
            // that warning must still name the guest message.
            var line = logs.lines().stream().filter(l -> l.message().contains("goes by reference")
                    && event.correlationId().equals(l.mdc().get(LogContext.CORRELATION_ID))).findFirst();
            assertThat(line).hasValueSatisfying(l -> assertThat(l.mdc())
                    .containsEntry(LogContext.HOTEL_ID, "demo-hotel")
                    .containsEntry(LogContext.CONVERSATION_ID,
                            "whatsapp:demo-hotel:***" + guest.substring(guest.length() - 4)));
            assertThat(logs.lines()).noneMatch(l -> l.message().contains(guest) || l.mdc().toString().contains(guest));
        }
    }

    @Test
    void masksPhoneNumbersAndEmailAddressesOnTheConsole() {
        var consoles = consoles(Logger.getLogger("").getHandlers(), new ArrayList<>());

        assertThat(consoles).isNotEmpty().allSatisfy(console -> {
            var record = new ExtLogRecord(Level.WARNING, "Guest 34600111222 <ana.lopez@example.com> not answered",
                    getClass().getName());
            assertThat(console.isLoggable(record)).isTrue();
            assertThat(record.getFormattedMessage()).isEqualTo("Guest ***1222 <a***@example.com> not answered");
        });
    }

    private static List<Handler> consoles(Handler[] handlers, List<Handler> found) {
        for (var handler : handlers) {
            if (handler instanceof ConsoleHandler) {
                found.add(handler);
            } else if (handler instanceof ExtHandler nested) {
                consoles(nested.getHandlers(), found);
            }
        }
        return found;
    }
}
