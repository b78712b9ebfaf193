package org.hotelagent.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hotelagent.contracts.GoldenSamples;
import org.hotelagent.contracts.dialogue.ReplyButton;
import org.hotelagent.contracts.message.MessageBody.ChoiceKind;
import org.hotelagent.gateway.config.GatewayConfig;

class WebChatFramesTest {

    private final WebChatFrames frames = new WebChatFrames(GoldenSamples.MAPPER, new Limits());

    @Test
    void readsATextFrameTrimmed() {
        assertThat(frames.read("{\"type\":\"text\",\"clientMessageId\":\"a-1\",\"text\":\"  hola \"}"))
                .isEqualTo(new GuestFrame.Text("a-1", "hola"));
    }

    @Test
    void readsAButtonChoice() {
        assertThat(frames.read("{\"type\":\"choice\",\"clientMessageId\":\"a-2\",\"kind\":\"button\","
                + "\"id\":\"confirm\",\"title\":\"Sí, reservar\"}"))
                .isEqualTo(new GuestFrame.Choice("a-2", ChoiceKind.button, "confirm", "Sí, reservar", null));
    }

    @Test
    void readsAVoiceFrameAndNormalisesItsType() {
        var voice = (GuestFrame.Voice) frames.read("{\"type\":\"voice\",\"clientMessageId\":\"a-3\","
                + "\"mimeType\":\"Audio/WebM; codecs=opus\",\"durationMillis\":1200,\"data\":\"AQID\"}");

        assertThat(voice.mimeType()).isEqualTo("audio/webm; codecs=opus");
        assertThat(voice.data()).containsExactly(1, 2, 3);
        assertThat(voice.durationMillis()).isEqualTo(1200);
    }

    @Test
    void countsTheTextLimitInCharactersNotUtf16Units() {
        var emoji = "😀".repeat(10);

        assertThat(frames.read("{\"type\":\"text\",\"clientMessageId\":\"a\",\"text\":\"" + emoji + "\"}"))
                .isEqualTo(new GuestFrame.Text("a", emoji));
        assertThatThrownBy(() -> frames.read("{\"type\":\"text\",\"clientMessageId\":\"a\",\"text\":\"" + emoji
                + "x\"}")).hasMessageContaining("at most 10 characters");
    }

    @Test
    void refusesFramesThatAreNotOneJsonObjectOrTooLarge() {
        assertThat(code("[1,2]")).isEqualTo("invalid-json");
        assertThat(code("\"text\"")).isEqualTo("invalid-json");
        assertThat(code("")).isEqualTo("invalid-json");
        assertThat(code("{\"type\":\"text\",\"clientMessageId\":\"a\",\"text\":\"" + "x".repeat(6000) + "\"}"))
                .isEqualTo("too-large");
        assertThat(code("{\"type\":\"voice\",\"clientMessageId\":\"a\",\"mimeType\":\"audio/webm\",\"data\":\"@@\"}"))
                .isEqualTo("invalid-voice");
        assertThat(code("{\"type\":\"voice\",\"clientMessageId\":\"a\",\"mimeType\":\"audio/webm\",\"data\":\"\"}"))
                .isEqualTo("empty-voice");
        assertThat(code("{\"type\":\"text\",\"clientMessageId\":\"has space\",\"text\":\"x\"}"))
                .isEqualTo("invalid-client-message-id");
    }

    @Test
    void writesServerFramesWithTheirType() {
        var reply = new ServerFrame.Reply(7, UUID.fromString("c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f"),
                Instant.parse("2026-11-25T10:15:02.730Z"), "es", "¿La reservo?",
                List.of(new ReplyButton("confirm", "Sí")), null, null);

        assertThat(frames.write(new ServerFrame.Ack("a-1", false)))
                .isEqualTo("{\"type\":\"ack\",\"clientMessageId\":\"a-1\",\"duplicate\":false}");
        assertThat(frames.write(reply)).isEqualTo("{\"type\":\"reply\",\"replyId\":7,"
                + "\"eventId\":\"c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f\",\"occurredAt\":\"2026-11-25T10:15:02.730Z\","
                + "\"language\":\"es\",\"text\":\"¿La reservo?\",\"buttons\":[{\"id\":\"confirm\",\"title\":\"Sí\"}]}");
    }

    private String code(String raw) {
        try {
            frames.read(raw);
            throw new AssertionError("accepted " + raw);
        } catch (FrameRejected rejected) {
            return rejected.toFrame().code();
        }
    }

    /** Small limits, so the tests stay readable. */
    private static final class Limits implements GatewayConfig.WebChat {

        @Override
        public Optional<List<String>> hotels() {
            return Optional.empty();
        }

        @Override
        public int maxTextLength() {
            return 10;
        }

        @Override
        public int maxVoiceBytes() {
            return 1200;
        }

        @Override
        public Duration maxVoiceDuration() {
            return Duration.ofSeconds(60);
        }

        @Override
        public Duration replyRetention() {
            return Duration.ofDays(30);
        }

        @Override
        public int replayBatch() {
            return 100;
        }
    }
}
