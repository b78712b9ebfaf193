package org.hotelagent.orchestrator.dialogue;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.orchestrator.support.AudioStandIn;
import org.hotelagent.orchestrator.support.GuestChat;
import org.hotelagent.orchestrator.support.Metrics;

/** Voice replies (issue 7) through the real broker, with audio-service's text-to-speech stood in by WireMock. */
@QuarkusTest
@WithTestResource(value = AudioStandIn.class, scope = TestResourceScope.GLOBAL)
class VoiceReplyTest {

    /** {@code %test.orchestrator.voice-replies."quiet-hotel"=false}. */
    static final String QUIET_HOTEL = "quiet-hotel";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    AudioStandIn.Audio audio;

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void aGuestWhoSpokeGetsTheTextAndTheSameReplySpokenAlsoWhenTheMessageIsRedelivered() {
        var hotel = "hotel-" + UUID.randomUUID();
        audio.server().stubFor(AudioStandIn.speechFor(hotel).willReturn(AudioStandIn.voiceNote()));

        try (var bia = new GuestChat(bootstrapServers, hotel, guestAddress(), "Bia")) {
            var note = bia.voiceNote("pt-BR", "Oi, tudo bem?", Intent.greeting);
            var reply = bia.send(note);
            bia.publish(note);

            assertThat(reply.text()).startsWith("Olá, Bia!");
            assertThat(reply.language()).isEqualTo("pt-BR");
            assertThat(reply.voice()).isNotNull();
            assertThat(reply.voice().mimeType()).isEqualTo(AudioStandIn.OGG_OPUS);
            assertThat(reply.voice().data()).isEqualTo(AudioStandIn.VOICE_NOTE);
            assertThat(reply.voice().durationMillis()).isEqualTo(1_500);
            audio.server().verify(postRequestedFor(urlPathEqualTo("/api/speech")).withRequestBody(equalToJson("""
                    {"text": "%s", "language": "pt", "hotelId": "%s", "format": "ogg"}"""
                    .formatted(reply.text(), hotel))));
            await().atMost(Duration.ofSeconds(10)).until(() -> bia.repliesTo(note.eventId()).size() == 2);
            assertThat(bia.repliesTo(note.eventId())).allSatisfy(again -> {
                assertThat(again.eventId()).isEqualTo(reply.eventId());
                assertThat(again.text()).isEqualTo(reply.text());
                assertThat(again.voice().data()).isEqualTo(AudioStandIn.VOICE_NOTE);
            });
        }
    }

    @Test
    void aGuestWhoTypedGetsTextOnly() {
        var hotel = "hotel-" + UUID.randomUUID();
        audio.server().stubFor(AudioStandIn.speechFor(hotel).willReturn(AudioStandIn.voiceNote()));

        try (var ana = new GuestChat(bootstrapServers, hotel, guestAddress(), "Ana")) {
            var reply = ana.says("es", "Hola", Intent.greeting);

            assertThat(reply.text()).startsWith("¡Hola, Ana!");
            assertThat(reply.voice()).isNull();
            audio.server().verify(0, AudioStandIn.speechRequestsOf(hotel));
        }
    }

    @Test
    void aHotelWithVoiceRepliesSwitchedOffAnswersTheSpeakerInTextOnly() {
        audio.server().stubFor(AudioStandIn.speechFor(QUIET_HOTEL).willReturn(AudioStandIn.voiceNote()));

        try (var tom = new GuestChat(bootstrapServers, QUIET_HOTEL, guestAddress(), "Tom")) {
            var reply = tom.speaks("en", "Hello there", Intent.greeting);

            assertThat(reply.text()).startsWith("Hi Tom!");
            assertThat(reply.voice()).isNull();
            audio.server().verify(0, AudioStandIn.speechRequestsOf(QUIET_HOTEL));
        }
    }

    @Test
    void theTextReplyGoesOutPromptlyWithoutVoiceWhenSpeechIsSlowOrFailing() {
        var slowHotel = "hotel-" + UUID.randomUUID();
        var failingHotel = "hotel-" + UUID.randomUUID();
        audio.server().stubFor(AudioStandIn.speechFor(slowHotel)
                .willReturn(AudioStandIn.voiceNote().withFixedDelay(10_000)));
        audio.server().stubFor(AudioStandIn.speechFor(failingHotel)
                .willReturn(AudioStandIn.problem(503, "busy")));
        var timedOut = Metrics.value("hotel_orchestrator_voice_synthesized_total", "outcome=\"timed-out\"");
        var failed = Metrics.value("hotel_orchestrator_voice_synthesized_total", "outcome=\"failed\"");

        try (var slow = new GuestChat(bootstrapServers, slowHotel, guestAddress(), "Ana");
             var failing = new GuestChat(bootstrapServers, failingHotel, guestAddress(), "Bia")) {
            var started = System.nanoTime();
            var late = slow.speaks("es", "Hola", Intent.greeting);
            var slowElapsed = Duration.ofNanos(System.nanoTime() - started);
            var unavailable = failing.speaks("es", "Hola", Intent.greeting);

            assertThat(late.text()).startsWith("¡Hola, Ana!");
            assertThat(late.voice()).isNull();
            assertThat(slowElapsed).isLessThan(Duration.ofMillis(6_000));
            assertThat(unavailable.text()).startsWith("¡Hola, Bia!");
            assertThat(unavailable.voice()).isNull();
            assertThat(Metrics.value("hotel_orchestrator_voice_synthesized_total", "outcome=\"timed-out\""))
                    .isGreaterThan(timedOut);
            assertThat(Metrics.value("hotel_orchestrator_voice_synthesized_total", "outcome=\"failed\""))
                    .isGreaterThan(failed);
        }
    }

    private static String guestAddress() {
        return "351" + (100_000_000 + (int) (Math.random() * 899_999_999));
    }
}
