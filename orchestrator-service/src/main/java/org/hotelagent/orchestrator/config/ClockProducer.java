package org.hotelagent.orchestrator.config;

import java.time.Clock;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one clock of the service, fixed when {@code orchestrator.clock.fixed} is set so dates are reproducible. */
@ApplicationScoped
class ClockProducer {

    @Produces
    @Singleton
    Clock clock(OrchestratorConfig config) {
        return config.clock().fixed().map(instant -> Clock.fixed(instant, ZoneOffset.UTC))
                .orElseGet(Clock::systemUTC);
    }
}
