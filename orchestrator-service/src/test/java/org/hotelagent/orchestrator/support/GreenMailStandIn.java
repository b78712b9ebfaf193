package org.hotelagent.orchestrator.support;

import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** GreenMail, a real SMTP server in the test JVM, receiving the on-call escalation emails. */
public class GreenMailStandIn implements QuarkusTestResourceLifecycleManager {

    private GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(server.getSmtp().getPort()),
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server, new TestInjector.MatchesType(GreenMail.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
