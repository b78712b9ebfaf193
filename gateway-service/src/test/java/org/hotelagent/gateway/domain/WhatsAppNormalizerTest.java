package org.hotelagent.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.hotelagent.contracts.Channel;
import org.hotelagent.contracts.GuestRef;
import org.hotelagent.contracts.message.DeliveryError;
import org.hotelagent.contracts.message.DeliveryStatus;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.contracts.message.MessageBody.ChoiceKind;
import org.hotelagent.contracts.message.MessageBody.MediaKind;
import org.hotelagent.contracts.message.MessageContext;
import org.hotelagent.contracts.message.OrderItem;
import org.hotelagent.contracts.message.SharedContact;
import org.hotelagent.gateway.support.Webhooks;

class WhatsAppNormalizerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final WhatsAppNormalizer normalizer = new WhatsAppNormalizer(
            new HotelDirectory(List.of("106540352242922:demo-hotel", "222:other-hotel",
                    "222333444555666:berlin-hotel")),
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void normalisesMetasTextExample() {
        var event = single("inbound-text.json");

        assertThat(event.hotelId()).isEqualTo("demo-hotel");
        assertThat(event.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(event.conversationId()).isEqualTo("whatsapp:demo-hotel:16505551234");
        assertThat(event.guest()).isEqualTo(new GuestRef("16505551234", null, "Sheena Nelson"));
        assertThat(event.locale()).isEqualTo("en-US");
        assertThat(event.body()).isEqualTo(new MessageBody.Text("Does it come in another color?", null));
        assertThat(event.sentAt()).isEqualTo(Instant.ofEpochSecond(1749416383));
        assertThat(event.occurredAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(event.context()).isNull();
    }

    @Test
    void decodesMetasEscapedRawBody() {
        var event = single("inbound-text-raw-escaped.json");

        assertThat(event.body()).isEqualTo(new MessageBody.Text(
                "¿Tienen habitación? Mira https://hotel.example/ofertas \uD83C\uDFD6", null));
        assertThat(event.guest().displayName()).isEqualTo("José García");
    }

    @Test
    void identifiesAGuestKnownOnlyByBusinessScopedUserId() {
        var event = single("inbound-text-bsuid-username.json");

        assertThat(event.guest()).isEqualTo(new GuestRef(null, "ES.104729385610274", "Lucía"));
        assertThat(event.conversationId()).isEqualTo("whatsapp:demo-hotel:ES.104729385610274");
        assertThat(event.body()).isEqualTo(new MessageBody.Text("¿Tienen cuna para bebé?", null));
    }

    @Test
    void keepsAVoiceNoteAsAudioReferenceWithAHexDigest() {
        var event = single("inbound-audio-voice.json");

        assertThat(event.body()).isEqualTo(new MessageBody.Audio(new MediaRef("1908647269898587",
                "audio/ogg; codecs=opus", "c2fa9731eea7ee7d56d33a61bcb3e82e3facfcdb4aaa6af7cd9ed8cd33fbc452", null,
                null, null), true));
    }

    @Test
    void tellsAnAttachedAudioFileFromAVoiceNote() {
        var body = (MessageBody.Audio) single("inbound-audio-file.json").body();

        assertThat(body.voice()).isFalse();
        assertThat(body.media().mimeType()).isEqualTo("audio/mpeg");
        assertThat(body.media().sha256())
                .isEqualTo("3b6f0c1f0b2a6c0e9e1f5a9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b");
    }

    @Test
    void carriesImagesVideosDocumentsAndStickersByReference() {
        assertThat(single("inbound-image.json").body()).isEqualTo(new MessageBody.Media(MediaKind.image,
                new MediaRef("1003383421387256", "image/jpeg",
                        "49f227634806293b0995459bc310b593e1400f41591efcf07e9bced335f41942", null, null,
                        "by-reference"), "Taj Mahal", null));
        assertThat(single("inbound-document.json").body()).satisfies(body -> {
            var media = (MessageBody.Media) body;
            assertThat(media.kind()).isEqualTo(MediaKind.document);
            assertThat(media.filename()).isEqualTo("factura-48213.pdf");
            assertThat(media.caption()).isEqualTo("Factura de la reserva");
            assertThat(media.media().data()).isNull();
        });
        assertThat(((MessageBody.Media) single("inbound-video.json").body()).caption())
                .isEqualTo("La vista desde la habitación");
        assertThat(((MessageBody.Media) single("inbound-sticker.json").body()).kind()).isEqualTo(MediaKind.sticker);
    }

    @Test
    void readsANamedPlaceAndADroppedPin() {
        assertThat(single("inbound-location.json").body()).isEqualTo(new MessageBody.Location(37.44221496582,
                -122.16165924072, "Philz Coffee", "101 Forest Ave, Palo Alto, CA 94301"));
        assertThat(single("inbound-location-pin-only.json").body())
                .isEqualTo(new MessageBody.Location(28.1235459, -15.4362574, null, null));
    }

    @Test
    void readsSharedContactCards() {
        assertThat(single("inbound-contacts.json").body()).isEqualTo(new MessageBody.Contacts(List.of(
                new SharedContact("Lucía Gómez", List.of("+1 (983) 555-2319"), null))));
    }

    @Test
    void readsButtonListAndTemplateButtonTapsWithTheQuotedMessage() {
        var button = single("inbound-interactive-button-reply.json");
        var list = single("inbound-interactive-list-reply.json");
        var template = single("inbound-button.json");

        assertThat(button.body()).isEqualTo(new MessageBody.Choice(ChoiceKind.button, "cancel-button", "Cancel", null));
        assertThat(button.context().replyToMessageId())
                .isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA");
        assertThat(list.body()).isEqualTo(new MessageBody.Choice(ChoiceKind.list, "priority_express",
                "Priority Mail Express", "Next Day to 2 Days"));
        assertThat(template.body()).isEqualTo(new MessageBody.Choice(ChoiceKind.template_button, "Unsubscribe",
                "Unsubscribe", null));
    }

    @Test
    void passesAFlowReplyOnAsUnsupportedWithItsAnswers() {
        var body = (MessageBody.Unsupported) single("inbound-interactive-nfm-reply.json").body();

        assertThat(body.channelType()).isEqualTo("interactive");
        assertThat(body.detail()).startsWith("nfm_reply").contains("\"arrival_time\":\"18:00\"");
    }

    @Test
    void readsAReactionAndItsRemoval() {
        assertThat(single("inbound-reaction.json").body()).isEqualTo(new MessageBody.Reaction(
                "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA", "\uD83D\uDC4D"));
        assertThat(single("inbound-reaction-removed.json").body()).isEqualTo(new MessageBody.Reaction(
                "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI0RTJEOTc2ODVERUY5RDlGNkYA", null));
    }

    @Test
    void readsACatalogueOrder() {
        assertThat(single("inbound-order.json").body()).isEqualTo(new MessageBody.Order("194836987003835", null,
                List.of(new OrderItem("di9ozbzfi4", 2, new BigDecimal("30"), "USD"),
                        new OrderItem("nqryix03ez", 1, new BigDecimal("25"), "USD"))));
    }

    @Test
    void readsSystemNoticesAndTheFirstContact() {
        var changedNumber = single("inbound-system-user-changed-number.json");
        var changedUserId = single("inbound-system-user-changed-user-id.json");

        assertThat(changedNumber.body()).isEqualTo(new MessageBody.SystemNotice("user_changed_number",
                "User Sheena Nelson changed from 16505551234 to 12195555358", "12195555358"));
        assertThat(changedNumber.guest()).isEqualTo(new GuestRef("16505551234", null, null));
        assertThat(changedUserId.body()).isEqualTo(new MessageBody.SystemNotice("user_changed_user_id",
                "User Sheena Nelson changed from ES.104729385610274 to ES.204729385610275", "ES.204729385610275"));
        assertThat(changedUserId.guest().key()).isEqualTo("ES.204729385610275");
        assertThat(single("inbound-request-welcome.json").body())
                .isEqualTo(new MessageBody.SystemNotice("request_welcome", null, null));
    }

    @Test
    void passesUnsupportedAndUnknownTypesOnWithTheErrorInTheDetail() {
        assertThat(single("inbound-unsupported.json").body()).isEqualTo(new MessageBody.Unsupported("unsupported",
                "131051 Message type unknown: Message type is currently not supported."));
        assertThat(single("inbound-unsupported-poll.json").body()).isEqualTo(new MessageBody.Unsupported(
                "unsupported",
                "unsupported type poll; 131051 Message type unknown: Message type is currently not supported."));
        assertThat(single("inbound-unknown-type.json").body())
                .isEqualTo(new MessageBody.Unsupported("hologram", "type not known to this gateway"));
    }

    @Test
    void reportsValueLevelErrorsAndNoMessage() {
        var notification = normalize("inbound-errors-value-level.json");

        assertThat(notification.messages()).isEmpty();
        assertThat(notification.errors()).containsExactly(new WhatsAppNormalizer.WebhookError("106540352242922",
                "130429", "Rate limit hit", "Cloud API message throughput has been reached."));
    }

    @Test
    void readsEveryEntryOfABatchWithContextReferralAndStatuses() {
        var notification = normalize("inbound-batch.json");

        assertThat(notification.messages()).extracting(m -> m.event().hotelId() + "/" + m.event().guest())
                .containsExactly("demo-hotel/" + new GuestRef("16505551234", null, "Sheena Nelson"),
                        "demo-hotel/" + new GuestRef("34600111222", null, "Pablo Ruiz"),
                        "berlin-hotel/" + new GuestRef("4915112345678", null, "Ana"));
        var forwarded = notification.messages().get(0).event().context();
        assertThat(forwarded.forwarded()).isTrue();
        assertThat(forwarded.referral()).containsEntry("source_type", "ad")
                .containsEntry("ctwa_clid", "ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4"
                        + "Nx0-eM-GABDLOPaOdRMv-_zfUQ2a")
                .containsEntry("welcome_message.text", "¡Hola! ¿En qué podemos ayudarte?");
        assertThat(notification.messages().get(1).event().context()).isEqualTo(new MessageContext(
                "wamid.HBgLMzQ2MDAxMTEyMjIVAgARGBI5QUE0NUYzQjc2QzRCRjE2RkIA", null, true, null));
        assertThat(notification.messages().get(2).phoneNumberId()).isEqualTo("222333444555666");
        assertThat(notification.statuses()).singleElement().satisfies(status -> {
            assertThat(status.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(status.callbackData()).isEqualTo("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f");
        });
    }

    @Test
    void readsStatusesWithTheirErrorsAndBusinessScopedRecipients() {
        var failed = normalize("status-failed-131049.json").statuses().getFirst();
        var bsuid = normalize("status-delivered-bsuid.json").statuses().getFirst();

        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.timestamp()).isEqualTo(Instant.ofEpochSecond(1751142888));
        assertThat(failed.recipient()).isEqualTo(new GuestRef("16505551234", null, null));
        assertThat(failed.error()).isEqualTo(new DeliveryError("131049",
                "This message was not delivered to maintain healthy ecosystem engagement.",
                "In order to maintain a healthy ecosystem engagement, the message failed to be delivered."));
        assertThat(bsuid.recipient()).isEqualTo(new GuestRef(null, "ES.104729385610274", null));
        assertThat(normalize("status-played.json").statuses().getFirst().status()).isEqualTo(DeliveryStatus.PLAYED);
        assertThat(normalize("status-deleted-unknown.json").statuses()).isEmpty();
    }

    @Test
    void aRedeliveredMessageKeepsItsEventId() throws Exception {
        var webhook = json.readTree(Webhooks.text("222", "34600111222", "wamid.A1", "hola"));

        var first = normalizer.normalize(webhook).messages().getFirst().event();
        var again = normalizer.normalize(webhook).messages().getFirst().event();

        assertThat(again.eventId()).isEqualTo(first.eventId());
        assertThat(first.hotelId()).isEqualTo("other-hotel");
    }

    @Test
    void skipsUnknownNumbersAndOtherFields() throws Exception {
        var one = json.readTree(Webhooks.text("222", "1", "wamid.1", "a"));
        var two = json.readTree(Webhooks.text("106540352242922", "2", "wamid.2", "b"));
        var unknown = json.readTree(Webhooks.text("999", "3", "wamid.3", "c"));
        var batch = json.createObjectNode().put("object", "whatsapp_business_account");
        batch.putArray("entry").add(one.path("entry").get(0)).add(two.path("entry").get(0))
                .add(unknown.path("entry").get(0));

        var inbound = normalizer.normalize(batch).messages();

        assertThat(inbound).extracting(m -> m.event().channelMessageId()).containsExactly("wamid.1", "wamid.2");
    }

    @Test
    void neverFailsOnAMessageWithoutContent() throws Exception {
        var webhook = json.readTree(Webhooks.text("222", "34600111222", "wamid.E1", "x")
                .replace("\"type\": \"text\"", "\"type\": \"image\""));

        var body = normalizer.normalize(webhook).messages().getFirst().event().body();

        assertThat(body).isEqualTo(new MessageBody.Unsupported("image", "no image object in the message"));
    }

    private WhatsAppNormalizer.Notification normalize(String fixture) {
        try {
            return normalizer.normalize(json.readTree(Webhooks.sample(fixture)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private InboundMessageReceived single(String fixture) {
        var messages = normalize(fixture).messages();
        assertThat(messages).hasSize(1);
        return messages.getFirst().event();
    }
}
