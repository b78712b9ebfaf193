package org.hotelagent.gateway.consumer;

import static org.hotelagent.gateway.support.GreenMailStandIn.guest;
import static org.hotelagent.gateway.support.GreenMailStandIn.messageId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.GreenMailStandIn;
import org.hotelagent.gateway.support.SignedWebhook;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
@QuarkusTestResource(GreenMailStandIn.class)
class MailboxPollerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void publishesAGuestMailWithSenderSubjectAndMessageIdThenMarksItSeen() {
        var guest = guest();
        var messageId = messageId();

        var events = received(guest, messageId, () -> deliver("guest-plain.eml", guest, messageId));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.channel()).isEqualTo(Channel.EMAIL);
            assertThat(event.hotelId()).isEqualTo("demo-hotel");
            assertThat(event.conversationId()).isEqualTo("email:demo-hotel:" + guest);
            assertThat(event.channelMessageId()).isEqualTo(messageId);
            assertThat(event.eventId()).isEqualTo(UUID.nameUUIDFromBytes(("email:demo-hotel:" + messageId)
                    .getBytes(StandardCharsets.UTF_8)));
            assertThat(event.guest().address()).isEqualTo(guest);
            assertThat(event.guest().displayName()).isEqualTo("Lucía Fernández");
            assertThat(event.body()).isEqualTo(new MessageBody.Text(
                    "Hola, ¿tenéis una habitación doble del 3 al 5 de diciembre?\n\nGracias,\nLucía",
                    "Habitación doble en diciembre"));
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> GreenMailStandIn.isSeen(messageId));
    }

    @Test
    void publishesAMailFetchedTwiceOnce() {
        var guest = guest();
        var messageId = messageId();
        var later = messageId();

        var events = received(guest, later, () -> {
            deliver("guest-plain.eml", guest, messageId);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> GreenMailStandIn.isSeen(messageId));
            deliver("guest-plain.eml", guest, messageId);
            deliver("guest-plain.eml", guest, later);
        });

        assertThat(events).extracting(InboundMessageReceived::channelMessageId).containsExactly(messageId, later);
    }

    @Test
    void readsHtmlOnlyMailRepliesWithQuotedHistoryAndLatin1() {
        var guest = guest();
        var html = messageId();
        var reply = messageId();
        var latin1 = messageId();

        var events = received(guest, latin1, () -> {
            deliver("gmail-html-only.eml", guest, html);
            deliver("gmail-reply-es.eml", guest, reply);
            deliver("outlook-reply-latin1.eml", guest, latin1);
        });

        assertThat(events).extracting(e -> ((MessageBody.Text) e.body()).text()).containsExactly(
                "Hi,\nwe arrive at 23:30 & need a late check-in.\nIs that OK?",
                "Sí, la confirmo. ¿Incluye desayuno?",
                "Perfecto, el precio de 240 € me va bien. ¿Puedo pagar al llegar?\n\nSaludos\nPedro");
        assertThat(events.get(1).context().replyToMessageId())
                .isEqualTo("<c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f@hotel-demo-mar.test>");
    }

    @Test
    void publishesAnAudioAttachmentInlineLikeAVoiceNote() {
        var guest = guest();
        var messageId = messageId();

        var events = received(guest, messageId, () -> deliver("voice-memo.eml", guest, messageId));

        assertThat(events).hasSize(2);
        assertThat(events.get(0).body()).isInstanceOf(MessageBody.Text.class);
        var audio = (MessageBody.Audio) events.get(1).body();
        assertThat(audio.media().mimeType()).isEqualTo("audio/ogg");
        assertThat(new String(audio.media().data(), StandardCharsets.US_ASCII)).startsWith("OggS");
        assertThat(events.get(1).correlationId()).isEqualTo(events.get(0).correlationId());
    }

    @Test
    void ignoresAutoRepliesBulkMailAndBouncesAndSkipsMalformedMail() {
        var guest = guest();
        var marker = messageId();
        var skipped = List.of(messageId(), messageId(), messageId(), messageId(), messageId());

        var events = received(guest, marker, () -> {
            deliver("out-of-office.eml", guest, skipped.get(0));
            deliver("newsletter.eml", guest, skipped.get(1));
            deliver("bounce.eml", guest, skipped.get(2));
            deliver("malformed-no-sender.eml", guest, skipped.get(3));
            deliver("malformed-multipart.eml", guest, skipped.get(4));
            deliver("guest-plain.eml", guest, marker);
        });

        assertThat(events).extracting(InboundMessageReceived::channelMessageId).containsExactly(marker);
        await().atMost(Duration.ofSeconds(10)).until(() -> skipped.stream()
                .allMatch(id -> GreenMailStandIn.isSeen(id)));
    }

    /** The events of {@code guest} published while {@code act} runs, once the one of {@code last} is in. */
    private List<InboundMessageReceived> received(String guest, String last, Runnable act) {
        return SignedWebhook.published(bootstrapServers, "email:demo-hotel:" + guest, last, act);
    }

    private static void deliver(String fixture, String guest, String messageId) {
        GreenMailStandIn.deliver(GreenMailStandIn.eml(fixture, guest, messageId));
    }

    private static InboundMessageReceived read(String json) {
        return SignedWebhook.read(json, InboundMessageReceived.class);
    }
}
