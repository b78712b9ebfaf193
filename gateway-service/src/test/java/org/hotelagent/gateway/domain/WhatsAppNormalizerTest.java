package org.hotelagent.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.support.Webhooks;

class WhatsAppNormalizerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final WhatsAppNormalizer normalizer = new WhatsAppNormalizer(
            new HotelDirectory(List.of("106540352242922:demo-hotel", "222:other-hotel")),
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void normalisesMetasTextExample() throws Exception {
        var webhook = json.readTree(Webhooks.sample("inbound-text.json"));

        var inbound = normalizer.normalize(webhook);

        assertThat(inbound).singleElement().satisfies(message -> {
            var event = message.event();
            assertThat(message.phoneNumberId()).isEqualTo("106540352242922");
            assertThat(event.hotelId()).isEqualTo("demo-hotel");
            assertThat(event.channel()).isEqualTo(Channel.WHATSAPP);
            assertThat(event.conversationId()).isEqualTo("whatsapp:demo-hotel:16505551234");
            assertThat(event.guest().displayName()).isEqualTo("Sheena Nelson");
            assertThat(event.body()).isEqualTo(new MessageBody.Text("Does it come in another color?", null));
            assertThat(event.sentAt()).isEqualTo(Instant.ofEpochSecond(1749416383));
            assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        });
    }

    @Test
    void aRedeliveredMessageKeepsItsEventId() throws Exception {
        var webhook = json.readTree(Webhooks.text("222", "34600111222", "wamid.A1", "hola"));

        var first = normalizer.normalize(webhook).getFirst().event();
        var again = normalizer.normalize(webhook).getFirst().event();

        assertThat(again.eventId()).isEqualTo(first.eventId());
        assertThat(first.hotelId()).isEqualTo("other-hotel");
    }

    @Test
    void readsEveryEntryChangeAndMessageAndSkipsUnknownNumbers() throws Exception {
        var one = json.readTree(Webhooks.text("222", "1", "wamid.1", "a"));
        var two = json.readTree(Webhooks.text("106540352242922", "2", "wamid.2", "b"));
        var unknown = json.readTree(Webhooks.text("999", "3", "wamid.3", "c"));
        var batch = json.createObjectNode().put("object", "whatsapp_business_account");
        batch.putArray("entry").add(one.path("entry").get(0)).add(two.path("entry").get(0))
                .add(unknown.path("entry").get(0));

        var inbound = normalizer.normalize(batch);

        assertThat(inbound).extracting(m -> m.event().channelMessageId()).containsExactly("wamid.1", "wamid.2");
    }
}
