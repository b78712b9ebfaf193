package org.hotelagent.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An in-JVM stand-in for Meta's Graph API: sends and mark-as-read answer as the Cloud API documents, uploads answer
 * a media id, unknown media ids answer Meta's error envelope. Tests add stubs for their own guest or media id (both
 * unique per test).
 */
public class GraphApiStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String MESSAGES = "/v23.0/106540352242922/messages";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        server.stubFor(post(urlPathMatching("/v[0-9.]+/[0-9]+/messages")).atPriority(10)
                .willReturn(json(200, Webhooks.sample("send-response.json"))));
        server.stubFor(post(urlPathMatching("/v[0-9.]+/[0-9]+/messages")).atPriority(5)
                .withRequestBody(matchingJsonPath("$.status", equalTo("read")))
                .willReturn(json(200, Webhooks.sample("mark-read-response.json"))));
        server.stubFor(post(urlPathMatching("/v[0-9.]+/[0-9]+/media")).atPriority(10)
                .willReturn(json(200, Webhooks.sample("media-upload-response.json"))));
        server.stubFor(get(urlPathMatching("/v[0-9.]+/[0-9]+")).atPriority(10).willReturn(json(404, """
                {"error":{"message":"Unsupported get request. Object with ID does not exist","type":"GraphMethodException",\
                "code":100,"error_subcode":33,"fbtrace_id":"AxYz0123456789"}}""")));
        return Map.of("gateway.whatsapp.graph-url", server.baseUrl());
    }

    /** A JSON answer, as the Graph API sends it. */
    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** A Graph API error answer from one of the {@code error-<code>.json} fixtures. */
    public static ResponseDefinitionBuilder error(int status, String code) {
        return json(status, Webhooks.sample("error-" + code + ".json"));
    }

    /** Meta's {@code GET /{media-id}} answer pointing at a download on this stand-in. */
    public static void serveMedia(WireMockServer server, String mediaId, String sha256, long fileSize) {
        server.stubFor(get(urlPathEqualTo("/v23.0/" + mediaId)).willReturn(json(200, Webhooks
                .sample("media-url-response-voice.json")
                .replace("MEDIA_URL", server.baseUrl() + "/whatsapp_business/attachments/?mid=" + mediaId
                        + "&ext=1764065800&hash=ATt")
                .replace("\"SHA256\"", "\"" + sha256 + "\"")
                .replace("\"file_size\": 0", "\"file_size\": " + fileSize)
                .replace("1908647269898587", mediaId))));
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
