package org.hotelagent.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One running suite (six services, a Graph API stand-in and the hotel's mail server) shared by every end-to-end test
 * class of the run: the services start once (about 40 s on two cores), and stop when the test run ends.
 */
public final class RunningSuite implements BeforeAllCallback {

    private static Resources resources;

    @Override
    public void beforeAll(ExtensionContext context) {
        resources = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Resources.class, key -> Resources.start(), Resources.class);
    }

    static Suite suite() {
        return resources.suite();
    }

    /** Plays Meta's Graph API: accepts every send and media upload, and remembers them for the tests to verify. */
    static WireMockServer graphApi() {
        return resources.graphApi();
    }

    /** The demo hotel's SMTP/IMAP provider, which the gateway polls and sends through. */
    static HotelMailbox mailbox() {
        return resources.mailbox();
    }

    record Resources(WireMockServer graphApi, HotelMailbox mailbox, Suite suite) implements AutoCloseable {

        static Resources start() {
            var graphApi = new WireMockServer(options().dynamicPort().globalTemplating(true));
            graphApi.start();
            graphApi.stubFor(post(urlPathMatching("/v[0-9.]+/[0-9]+/messages")).willReturn(aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],"
                            + "\"messages\":[{\"id\":\"wamid.e2e{{randomValue type='UUID'}}\"}]}")));
            // Voice replies are uploaded first, then sent by media id.
            graphApi.stubFor(post(urlPathMatching("/v[0-9.]+/[0-9]+/media")).willReturn(aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"id\":\"{{randomValue length=16 type='NUMERIC'}}\"}")));
            var mailbox = HotelMailbox.start();
            try {
                return new Resources(graphApi, mailbox, Suite.start(graphApi.baseUrl(),
                        Map.of("gateway-service", mailbox.gatewayEnvironment())));
            } catch (RuntimeException e) {
                mailbox.close();
                graphApi.stop();
                throw e;
            }
        }

        @Override
        public void close() {
            suite.close();
            mailbox.close();
            graphApi.stop();
        }
    }
}
