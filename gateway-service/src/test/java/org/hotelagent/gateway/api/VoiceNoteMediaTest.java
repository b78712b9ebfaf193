package org.hotelagent.gateway.api;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hotelagent.gateway.support.SignedWebhook.consume;
import static org.hotelagent.gateway.support.SignedWebhook.matching;
import static org.hotelagent.gateway.support.SignedWebhook.post;
import static org.hotelagent.gateway.support.SignedWebhook.read;

import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

import org.hotelagent.contracts.Topics;
import org.hotelagent.contracts.message.InboundMessageReceived;
import org.hotelagent.contracts.message.MediaRef;
import org.hotelagent.contracts.message.MessageBody;
import org.hotelagent.gateway.support.GraphApiStandIn;
import org.hotelagent.gateway.support.Webhooks;

@QuarkusTest
@QuarkusTestResource(GraphApiStandIn.class)
class VoiceNoteMediaTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    WireMockServer graphApi;

    @Test
    void carriesAVoiceNoteInlineAfterCheckingItsSizeAndDigest() {
        var mediaId = mediaId();
        var ogg = oggBytes(6000);
        GraphApiStandIn.serveMedia(graphApi, mediaId, sha256Hex(ogg), ogg.length);
        serveDownload(mediaId, ogg);

        var media = publishedVoiceNote(mediaId);

        assertThat(media.data()).isEqualTo(ogg);
        assertThat(media.sizeBytes()).isEqualTo(6000L);
        assertThat(media.sha256()).isEqualTo(sha256Hex(ogg));
        assertThat(media.mimeType()).isEqualTo("audio/ogg; codecs=opus");
        assertThat(media.omittedReason()).isNull();
        graphApi.verify(getRequestedFor(urlPathEqualTo("/v23.0/" + mediaId))
                .withQueryParam("phone_number_id", equalTo(Webhooks.NUMBER))
                .withHeader("Authorization", equalTo("Bearer local-access-token")));
        graphApi.verify(getRequestedFor(urlPathEqualTo("/whatsapp_business/attachments/"))
                .withQueryParam("mid", equalTo(mediaId))
                .withHeader("Authorization", equalTo("Bearer local-access-token"))
                .withHeader("User-Agent", matching("hotel-agent-gateway/.+")));
    }

    @Test
    void retriesADownloadThatFailedOnceAndAcceptsABase64Digest() {
        var mediaId = mediaId();
        var ogg = oggBytes(3000);
        GraphApiStandIn.serveMedia(graphApi, mediaId, Base64.getEncoder().encodeToString(sha256(ogg)), ogg.length);
        graphApi.stubFor(download(mediaId).inScenario(mediaId).whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        graphApi.stubFor(download(mediaId).inScenario(mediaId).whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/ogg").withBody(ogg)));

        var media = publishedVoiceNote(mediaId);

        assertThat(media.data()).isEqualTo(ogg);
        graphApi.verify(2, getRequestedFor(urlPathEqualTo("/whatsapp_business/attachments/"))
                .withQueryParam("mid", equalTo(mediaId)));
    }

    @Test
    void carriesAVoiceNoteOverTheBoundByReferenceWithoutDownloadingIt() {
        var mediaId = mediaId();
        GraphApiStandIn.serveMedia(graphApi, mediaId, sha256Hex(new byte[1]), 3L * 1024 * 1024);

        var media = publishedVoiceNote(mediaId);

        assertThat(media.data()).isNull();
        assertThat(media.omittedReason()).isEqualTo("too-large");
        assertThat(media.sizeBytes()).isEqualTo(3L * 1024 * 1024);
        graphApi.verify(0, getRequestedFor(urlPathEqualTo("/whatsapp_business/attachments/"))
                .withQueryParam("mid", equalTo(mediaId)));
    }

    @Test
    void publishesByReferenceWhenTheDownloadKeepsFailing() {
        var mediaId = mediaId();
        GraphApiStandIn.serveMedia(graphApi, mediaId, sha256Hex(new byte[1]), 1000);
        graphApi.stubFor(download(mediaId).willReturn(aResponse().withStatus(500)));

        var media = publishedVoiceNote(mediaId);

        assertThat(media.data()).isNull();
        assertThat(media.omittedReason()).isEqualTo("download-failed: http-500");
        assertThat(media.id()).isEqualTo(mediaId);
        graphApi.verify(3, getRequestedFor(urlPathEqualTo("/whatsapp_business/attachments/"))
                .withQueryParam("mid", equalTo(mediaId)));
    }

    @Test
    void refusesBytesThatDoNotMatchTheReportedDigest() {
        var mediaId = mediaId();
        var ogg = oggBytes(500);
        GraphApiStandIn.serveMedia(graphApi, mediaId, sha256Hex(oggBytes(500)), ogg.length);
        serveDownload(mediaId, ogg);

        var media = publishedVoiceNote(mediaId);

        assertThat(media.data()).isNull();
        assertThat(media.omittedReason()).isEqualTo("download-failed: sha256-mismatch");
    }

    @Test
    void answersWithinTheTimeBudgetWhenTheMediaHostHangs() {
        var mediaId = mediaId();
        var ogg = oggBytes(500);
        GraphApiStandIn.serveMedia(graphApi, mediaId, sha256Hex(ogg), ogg.length);
        graphApi.stubFor(download(mediaId).willReturn(aResponse().withStatus(200).withBody(ogg)
                .withFixedDelay(20_000)));
        var started = System.nanoTime();

        var media = publishedVoiceNote(mediaId);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(media.omittedReason()).isEqualTo("download-timed-out");
    }

    private MediaRef publishedVoiceNote(String mediaId) {
        var wamid = Webhooks.wamid();
        try (var kafka = new KafkaCompanion(bootstrapServers);
             var records = consume(kafka, Topics.MESSAGES_RECEIVED)) {
            post(Webhooks.voiceNote(Webhooks.guestNumber(), wamid, mediaId)).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> !matching(records, v -> v.contains(wamid)).isEmpty());
            var event = read(matching(records, v -> v.contains(wamid)).getFirst().value(),
                    InboundMessageReceived.class);
            var audio = (MessageBody.Audio) event.body();
            assertThat(audio.voice()).isTrue();
            return audio.media();
        }
    }

    private void serveDownload(String mediaId, byte[] bytes) {
        graphApi.stubFor(download(mediaId).withHeader("Authorization", equalTo("Bearer local-access-token"))
                .withHeader("User-Agent", matching(".+"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/ogg").withBody(bytes)));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder download(String mediaId) {
        return get(urlPathMatching("/whatsapp_business/attachments/")).withQueryParam("mid", WireMock.equalTo(mediaId));
    }

    private static String mediaId() {
        var random = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000_000L);
        return Long.toString(1_000_000_000_000_000L + random);
    }

    private static byte[] oggBytes(int size) {
        var bytes = new byte[size];
        new Random().nextBytes(bytes);
        System.arraycopy("OggS".getBytes(), 0, bytes, 0, 4);
        return bytes;
    }

    private static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    private static byte[] sha256(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
