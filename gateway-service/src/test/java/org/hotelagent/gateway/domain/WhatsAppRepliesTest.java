package org.hotelagent.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.dialogue.ReplyButton;
import org.hotelagent.contracts.dialogue.ReplyComposed;
import org.hotelagent.contracts.dialogue.ReplyList;
import org.hotelagent.gateway.client.OutboundMessage;

class WhatsAppRepliesTest {

    private final ReplyComposed golden = GoldenSamples.read("replies-composed", ReplyComposed.class);

    @Test
    void sendsUpToThreeShortButtonsAsReplyButtonsQuotingTheGuest() {
        var composed = WhatsAppReplies.compose(golden, "16505551234");

        var message = composed.message();
        assertThat(composed.format()).isEqualTo("buttons");
        assertThat(message.type()).isEqualTo("interactive");
        assertThat(message.interactive().type()).isEqualTo("button");
        assertThat(message.interactive().body().text()).isEqualTo(golden.text());
        assertThat(message.interactive().action().buttons()).containsExactly(
                OutboundMessage.Button.reply("confirm", "Sí, reservar"),
                OutboundMessage.Button.reply("other-dates", "Otras fechas"));
        assertThat(message.context().messageId()).isEqualTo(golden.replyToChannelMessageId());
        assertThat(message.callbackData()).isEqualTo(golden.eventId().toString());
    }

    @Test
    void sendsAListWhenItFitsAndThereAreNoButtons() {
        var reply = with(golden, null, golden.list());

        var message = WhatsAppReplies.compose(reply, "16505551234").message();

        assertThat(message.interactive().type()).isEqualTo("list");
        assertThat(message.interactive().action().button()).isEqualTo("Ver habitaciones");
        assertThat(message.interactive().action().sections()).singleElement().satisfies(section -> {
            assertThat(section.title()).isEqualTo("Disponibles");
            assertThat(section.rows()).containsExactly(new OutboundMessage.Row("room-type:double", "Doble estándar",
                    "180,00 EUR, 2 noches"));
        });
    }

    @Test
    void degradesFourButtonsOrALongTitleToNumberedText() {
        var four = IntStream.rangeClosed(1, 4).mapToObj(i -> new ReplyButton("b" + i, "Opción " + i)).toList();
        var longTitle = List.of(new ReplyButton("late", "Salida tardía hasta las 14:00"));

        var fromFour = WhatsAppReplies.compose(with(golden, four, null), "1");
        var fromLong = WhatsAppReplies.compose(with(golden, longTitle, null), "1");

        assertThat(fromFour.format()).isEqualTo("numbered");
        assertThat(fromFour.message().type()).isEqualTo("text");
        assertThat(fromFour.message().text().body()).isEqualTo(golden.text()
                + "\n\n1. Opción 1\n2. Opción 2\n3. Opción 3\n4. Opción 4");
        assertThat(fromLong.message().text().body()).endsWith("\n\n1. Salida tardía hasta las 14:00");
    }

    @Test
    void degradesAListOverTenRowsOrWithLongTextsToNumberedText() {
        var rows = IntStream.rangeClosed(1, 11).mapToObj(i -> new ReplyList.Row("r" + i, "Fila " + i, null)).toList();
        var eleven = new ReplyList("Ver", List.of(new ReplyList.Section("Todas", rows)));
        var longDescription = new ReplyList("Ver", List.of(new ReplyList.Section("S", List.of(
                new ReplyList.Row("r", "Suite", "x".repeat(73))))));
        var longLabel = new ReplyList("Ver todas las habitaciones", golden.list().sections());

        assertThat(WhatsAppReplies.compose(with(golden, null, eleven), "1").message().text().body())
                .contains("1. Fila 1\n").endsWith("11. Fila 11");
        assertThat(WhatsAppReplies.compose(with(golden, null, longDescription), "1").format()).isEqualTo("numbered");
        assertThat(WhatsAppReplies.compose(with(golden, null, longLabel), "1").message().text().body())
                .endsWith("1. Doble estándar – 180,00 EUR, 2 noches");
    }

    @Test
    void countsCodePointsSoEmojiTitlesAtTheLimitStillFit() {
        var twentyWithEmoji = "\uD83D\uDECF" + "x".repeat(19);
        var buttons = List.of(new ReplyButton("bed", twentyWithEmoji));

        assertThat(WhatsAppReplies.compose(with(golden, buttons, null), "1").format()).isEqualTo("buttons");
    }

    @Test
    void sendsPlainTextWithoutOptionsAndCutsItAtTheLimit() {
        var plain = with(golden, null, null);
        var long_ = new ReplyComposed(UUID.randomUUID(), golden.occurredAt(), golden.conversationId(),
                golden.hotelId(), golden.correlationId(), null, golden.channel(), golden.recipient(), null, "es",
                "a".repeat(5000), null, null, null, null);

        assertThat(WhatsAppReplies.compose(plain, "1").message().text().body()).isEqualTo(golden.text());
        var cut = WhatsAppReplies.compose(long_, "1").message();
        assertThat(cut.text().body()).hasSize(4096).endsWith("…");
        assertThat(cut.context()).isNull();
    }

    private static ReplyComposed with(ReplyComposed r, List<ReplyButton> buttons, ReplyList list) {
        return new ReplyComposed(r.eventId(), r.occurredAt(), r.conversationId(), r.hotelId(), r.correlationId(),
                r.inReplyToEventId(), r.channel(), r.recipient(), r.replyToChannelMessageId(), r.language(), r.text(),
                buttons, list, r.voice(), r.subject());
    }
}
