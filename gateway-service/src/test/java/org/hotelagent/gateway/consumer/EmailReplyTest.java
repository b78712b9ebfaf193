package org.hotelagent.gateway.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.dialogue.VoiceAttachment;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.GreenMailStandIn;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
@QuarkusTestResource(GreenMailStandIn.class)
class EmailReplyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "gateway.email.replies-per-sender-per-hour")
    int cap;

    @Test
    void sendsAThreadedReplyFromTheHotelOnceEvenWhenTheReplyIsDeliveredTwice() throws Exception {
        var guest = "guest-" + UUID.randomUUID() + "@example.com";
        var guestMail = "<" + UUID.randomUUID() + "@mail.example.com>";
        GreenMailStandIn.deliver(GreenMailStandIn.eml("guest-plain.eml", guest, guestMail));
        await().atMost(Duration.ofSeconds(20)).until(() -> GreenMailStandIn.isSeen(guestMail));
        var reply = reply(guest, guestMail, null);
        var marker = reply(guest, guestMail, null);

        produce(reply, reply, marker);

        var ours = List.of(reply.eventId().toString(), marker.eventId().toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> GreenMailStandIn.receivedBy(guest).stream()
                .anyMatch(m -> ours.get(1).equals(gatewayId(m))));
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        // An agent running on the shared broker may answer the guest's mail too: only our replies are counted.
        var received = GreenMailStandIn.receivedBy(guest).stream().filter(m -> ours.contains(gatewayId(m))).toList();
        assertThat(received).extracting(EmailReplyTest::gatewayId).containsExactlyInAnyOrderElementsOf(ours);
        var mail = received.stream().filter(m -> reply.eventId().toString().equals(gatewayId(m))).findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Re: Habitación doble en diciembre");
        assertThat(mail.getHeader("In-Reply-To", null)).isEqualTo(guestMail);
        assertThat(mail.getHeader("References", null)).isEqualTo(guestMail);
        assertThat(mail.getMessageID()).isEqualTo("<" + reply.eventId() + "@hotel-demo-mar.test>");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("Hotel Demo Mar <" + GreenMailStandIn.HOTEL + ">");
        assertThat(mail.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n").strip()).isEqualTo("""
                Sí: del 3 al 5 de diciembre (2 noches) tenemos la doble estándar por 180,00 EUR. ¿La reservo?

                - Sí, reservar
                - Otras fechas

                Ver habitaciones:

                Disponibles
                - Doble estándar (180,00 EUR, 2 noches)""");
    }

    @Test
    void attachesTheSpokenVersionOfAReply() throws Exception {
        var guest = "guest-" + UUID.randomUUID() + "@example.com";
        var ogg = "OggS-spoken-reply".getBytes(StandardCharsets.US_ASCII);
        var reply = reply(guest, null, new VoiceAttachment("audio/ogg; codecs=opus", ogg, 1800));

        produce(reply);

        await().atMost(Duration.ofSeconds(30)).until(() -> GreenMailStandIn.receivedBy(guest).size() == 1);
        var mail = GreenMailStandIn.receivedBy(guest).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Re: Su reserva");
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        var parts = (Multipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("reply.ogg");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(ogg);
    }

    @Test
    void reportsRepliesOverTheHourlyCapPerAddressInsteadOfSendingThem() throws Exception {
        var guest = "guest-" + UUID.randomUUID() + "@example.com";
        var replies = new ArrayList<ReplyComposed>();
        for (var i = 0; i <= cap; i++) {
            replies.add(reply(guest, null, null));
        }
        var over = replies.getLast().eventId().toString();
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var reports = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                     .withOffsetReset(OffsetResetStrategy.EARLIEST).fromTopics(Topics.DELIVERIES_REPORTED)) {

            produce(replies.toArray(ReplyComposed[]::new));

            await().atMost(Duration.ofSeconds(30)).until(() -> reports.getRecords().stream()
                    .anyMatch(r -> r.value().contains(over) && r.value().contains("rate-limited")));
            assertThat(GreenMailStandIn.receivedBy(guest)).hasSize(cap).extracting(EmailReplyTest::gatewayId)
                    .doesNotContain(over);
        }
    }

    private static String gatewayId(MimeMessage mail) {
        try {
            return mail.getHeader("X-Hotel-Gateway-Id", null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The golden reply, addressed to an email guest of the demo hotel. */
    private static ReplyComposed reply(String guest, String guestMail, VoiceAttachment voice) throws Exception {
        var golden = GoldenSamples.MAPPER.readValue(GoldenSamples.json("replies-composed"), ReplyComposed.class);
        return new ReplyComposed(UUID.randomUUID(), golden.occurredAt(), "email:demo-hotel:" + guest,
                golden.hotelId(), golden.correlationId(), golden.inReplyToEventId(), Channel.EMAIL,
                new GuestRef(guest, null, "Lucía"), guestMail, golden.language(), golden.text(), golden.buttons(),
                golden.list(), voice, guestMail == null ? "Su reserva" : null);
    }

    private void produce(ReplyComposed... replies) throws Exception {
        try (var kafka = new KafkaCompanion(bootstrapServers)) {
            for (var reply : replies) {
                kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REPLIES_COMPOSED,
                        reply.conversationId(), GoldenSamples.MAPPER.writeValueAsString(reply))).awaitCompletion();
            }
        }
    }
}
