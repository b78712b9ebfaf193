package org.hotelagent.orchestrator.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An in-JVM stand-in for audio-service's text-to-speech ({@code POST /api/speech}, JSON {text, language, hotelId,
 * format} → Ogg/Opus bytes, RFC 9457 problems) on a dynamic port. It answers nothing by itself (404): each test stubs
 * the speech of its own hotel. Injected as {@link Audio}, so it is never mistaken for the PMS stand-in's server.
 */
public class AudioStandIn implements QuarkusTestResourceLifecycleManager {

    /** A voice note of 1.5 s: Ogg pages whose last granule position is 1.5 s of 48 kHz samples past the pre-skip. */
    public static final byte[] VOICE_NOTE = oggOpus(312, 312 + 72_000);
    public static final String OGG_OPUS = "audio/ogg; codecs=opus";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quarkus.rest-client.audio.url", server.baseUrl());
    }

    /** The speech requests of one hotel. */
    public static MappingBuilder speechFor(String hotel) {
        return post(urlPathEqualTo("/api/speech")).withRequestBody(matchingJsonPath("$.hotelId", equalTo(hotel)));
    }

    /** What {@code verify} counts: the speech requests made for {@code hotel}. */
    public static RequestPatternBuilder speechRequestsOf(String hotel) {
        return postRequestedFor(urlPathEqualTo("/api/speech"))
                .withRequestBody(matchingJsonPath("$.hotelId", equalTo(hotel)));
    }

    /** audio-service's 200: the voice note, with the cache header it sets. */
    public static ResponseDefinitionBuilder voiceNote() {
        return aResponse().withStatus(200).withHeader("Content-Type", OGG_OPUS).withHeader("X-Speech-Cache", "miss")
                .withBody(VOICE_NOTE);
    }

    /** audio-service's RFC 9457 problem answer. */
    public static ResponseDefinitionBuilder problem(int status, String kind) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody("""
                {"type": "urn:hotel-agent:problem:%s", "title": "%s", "status": %d, "detail": "stand-in"}"""
                .formatted(kind, kind, status));
    }

    private static byte[] oggOpus(int preSkip, long lastGranule) {
        var head = ByteBuffer.allocate(19).order(ByteOrder.LITTLE_ENDIAN)
                .put("OpusHead".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 1)
                .putShort((short) preSkip).putInt(48_000).putShort((short) 0).put((byte) 0).array();
        var out = new ByteArrayOutputStream();
        out.writeBytes(page(2, 0, 0, head));
        out.writeBytes(page(0, 0, 1, "OpusTags".getBytes(StandardCharsets.US_ASCII)));
        out.writeBytes(page(4, lastGranule, 2, new byte[]{(byte) 0xfc, 1, 2, 3}));
        return out.toByteArray();
    }

    private static byte[] page(int type, long granule, int sequence, byte[] packet) {
        return ByteBuffer.allocate(27 + 1 + packet.length).order(ByteOrder.LITTLE_ENDIAN)
                .put("OggS".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) type).putLong(granule)
                .putInt(7).putInt(sequence).putInt(0).put((byte) 1).put((byte) packet.length).put(packet).array();
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(new Audio(server), new TestInjector.MatchesType(Audio.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** The stand-in's WireMock server. */
    public record Audio(WireMockServer server) {
    }
}
