package org.hotelagent.gateway.domain.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.Test;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.persistence.EmailThreadRepository;
import org.hotelagent.gateway.support.GreenMailStandIn;

class EmailParserTest {

    private static final String HOTEL = GreenMailStandIn.HOTEL;
    private static final String GUEST = "lucia@example.com";

    @Test
    void readsSenderSubjectAndTextWithoutTheSignature() throws Exception {
        var mail = parse("guest-plain.eml", "<plain-1@mail.example.com>");

        assertThat(mail.fromAddress()).isEqualTo(GUEST);
        assertThat(mail.fromName()).isEqualTo("Lucía Fernández");
        assertThat(mail.subject()).isEqualTo("Habitación doble en diciembre");
        assertThat(mail.messageId()).isEqualTo("<plain-1@mail.example.com>");
        assertThat(mail.sentAt()).isEqualTo(Instant.parse("2026-11-24T09:15:00Z"));
        assertThat(mail.text())
                .isEqualTo("Hola, ¿tenéis una habitación doble del 3 al 5 de diciembre?\n\nGracias,\nLucía");
        assertThat(mail.automaticReason()).isNull();
    }

    @Test
    void convertsAnHtmlOnlyMailAndCutsTheGmailQuote() throws Exception {
        var mail = parse("gmail-html-only.eml", "<html-1@mail.gmail.com>");

        assertThat(mail.text()).isEqualTo("Hi,\nwe arrive at 23:30 & need a late check-in.\nIs that OK?");
    }

    @Test
    void keepsOnlyTheNewTextOfAGmailReplyWithAnAttributionWrappedOverTwoLines() throws Exception {
        var mail = parse("gmail-reply-es.eml", "<reply-1@mail.gmail.com>");

        assertThat(mail.text()).isEqualTo("Sí, la confirmo. ¿Incluye desayuno?");
        assertThat(mail.subject()).isEqualTo("Re: Habitación doble");
        assertThat(mail.inReplyTo()).isEqualTo("<c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f@hotel-demo-mar.test>");
        assertThat(mail.references()).containsExactly("<first@mail.gmail.com>",
                "<c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f@hotel-demo-mar.test>");
    }

    @Test
    void readsLatin1AsWindows1252AndCutsTheOutlookHeaderBlock() throws Exception {
        var mail = parse("outlook-reply-latin1.eml", "<outlook-1@eur.outlook.com>");

        assertThat(mail.fromName()).isEqualTo("García, Pedro");
        assertThat(mail.text())
                .isEqualTo("Perfecto, el precio de 240 € me va bien. ¿Puedo pagar al llegar?\n\nSaludos\nPedro");
    }

    @Test
    void keepsAudioAttachmentsAndListsTheOthers() throws Exception {
        var mail = parse("voice-memo.eml", "<voice-1@icloud.com>");

        assertThat(mail.text()).isEqualTo("Te mando un audio con lo que necesito.");
        assertThat(mail.attachments()).extracting(ParsedEmail.Attachment::filename)
                .containsExactly("nota de voz.ogg", "passport.pdf");
        assertThat(mail.attachments().get(0).data()).startsWith("OggS".getBytes());
        assertThat(mail.attachments().get(1).data()).isNull();
    }

    @Test
    void makesATextEventAndAnInlineAudioEventWithIdsFromTheMessageId() throws Exception {
        var mail = parse("voice-memo.eml", "<voice-1@icloud.com>");

        var events = EmailInboundService.eventsOf("demo-hotel", mail, Instant.now(), 1024);
        var again = EmailInboundService.eventsOf("demo-hotel", mail, Instant.now(), 1024);

        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.eventId()).isEqualTo(again.stream().map(e -> e.eventId()).toList());
        assertThat(events.get(0).channel()).isEqualTo(Channel.EMAIL);
        assertThat(events.get(0).conversationId()).isEqualTo("email:demo-hotel:" + GUEST);
        assertThat(((MessageBody.Text) events.get(0).body()).text()).isEqualTo(
                "Te mando un audio con lo que necesito.\n\n[Attachments: passport.pdf (application/pdf, 9 bytes)]");
        var audio = (MessageBody.Audio) events.get(1).body();
        assertThat(audio.media().mimeType()).isEqualTo("audio/ogg");
        assertThat(audio.media().data()).startsWith("OggS".getBytes());
        assertThat(EmailInboundService.eventsOf("demo-hotel", mail, Instant.now(), 4).get(1).body())
                .extracting(b -> ((MessageBody.Audio) b).media().omittedReason()).isEqualTo("too-large");
    }

    @Test
    void recognisesAutomaticMail() throws Exception {
        assertThat(parse("out-of-office.eml", "<ooo@x>").automaticReason()).isEqualTo("auto-submitted");
        assertThat(parse("newsletter.eml", "<news@x>").automaticReason()).isEqualTo("bulk");
        assertThat(parse("bounce.eml", "<dsn@x>").automaticReason()).isEqualTo("null-sender");
        assertThat(EmailParser.parse(GreenMailStandIn.eml("guest-plain.eml", HOTEL, "<own@x>"), HOTEL)
                .automaticReason()).isEqualTo("own-mail");
    }

    @Test
    void refusesMailWithoutSenderOrWithABrokenMultipart() {
        assertThatThrownBy(() -> parse("malformed-no-sender.eml", "<bad-1@x>")).isInstanceOf(MessagingException.class);
        assertThatThrownBy(() -> parse("malformed-multipart.eml", "<bad-2@x>")).isInstanceOf(MessagingException.class);
    }

    @Test
    void undoesFormatFlowedAndCutsPlainTextQuotes() {
        assertThat(EmailParser.unflow("Una frase larga \ncontinúa aquí.\n", false))
                .isEqualTo("Una frase larga continúa aquí.\n");
        assertThat(MailText.newText("Vale.\n\nOn Tue, 24 Nov 2026 at 12:00 Hotel <a@b.c> wrote:\n> old"))
                .isEqualTo("Vale.");
        assertThat(MailText.newText("Ok\n-----Original Message-----\nFrom: x")).isEqualTo("Ok");
        assertThat(MailText.newText("Ok\n\nSent from my iPhone")).isEqualTo("Ok");
    }

    @Test
    void threadsRepliesUnderTheGuestsMail() {
        assertThat(EmailReplies.subjectOf(null, "Habitación doble")).isEqualTo("Re: Habitación doble");
        assertThat(EmailReplies.subjectOf(null, "RE: Precio")).isEqualTo("RE: Precio");
        assertThat(EmailReplies.subjectOf("Su reserva", "x")).isEqualTo("Re: Su reserva");
        assertThat(EmailReplies.referencesOf("<b>", new EmailThreadRepository.Thread("s", List.of("<a>", "<b>"))))
                .isEqualTo("<a> <b>");
        assertThat(EmailReplies.referencesOf("<b>", null)).isEqualTo("<b>");
    }

    private static ParsedEmail parse(String fixture, String messageId) throws Exception {
        return EmailParser.parse(GreenMailStandIn.eml(fixture, GUEST, messageId), HOTEL);
    }
}
