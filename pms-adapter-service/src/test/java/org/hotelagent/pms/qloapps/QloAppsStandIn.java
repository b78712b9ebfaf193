package org.hotelagent.pms.qloapps;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An in-JVM WireMock on a dynamic port serving {@link FakeQloApps}, and the configuration that routes the test
 * hotel {@value #HOTEL} to it (QloApps hotel 1). Tests get the fake injected into a {@code FakeQloApps} field.
 */
public class QloAppsStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String HOTEL = "qloapps-test-hotel";

    private final FakeQloApps fake = new FakeQloApps();
    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().extensions(fake));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(fake.getName())));
        var prefix = "pms.hotels.\"" + HOTEL + "\".";
        return Map.of(prefix + "provider", "qloapps", prefix + "qloapps.url", server.baseUrl(),
                prefix + "qloapps.key", FakeQloApps.KEY, prefix + "qloapps.hotel-id", "1");
    }

    /** Forgets the cached quotes of the test hotel: the stand-in's state changes behind the service's back. */
    public static void forgetQuotes(RedisDataSource redis) {
        redis.value(Long.class).incr("pms:availability-version:" + HOTEL);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(fake, new TestInjector.MatchesType(FakeQloApps.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
