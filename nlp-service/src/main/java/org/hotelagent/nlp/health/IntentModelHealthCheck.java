package org.hotelagent.nlp.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.hotelagent.contracts.nlp.Intent;
import org.hotelagent.nlp.domain.IntentClassifier;

/** Ready once the build-trained intent model tells a booking request from a goodbye. */
@Readiness
@ApplicationScoped
class IntentModelHealthCheck implements HealthCheck {

    private final IntentClassifier intents;

    IntentModelHealthCheck(IntentClassifier intents) {
        this.intents = intents;
    }

    @Override
    public HealthCheckResponse call() {
        var booking = intents.classify("quiero reservar una habitación doble").getFirst().intent();
        var goodbye = intents.classify("bye, see you soon").getFirst().intent();
        return HealthCheckResponse.named("intent-model")
                .status(booking == Intent.make_reservation && goodbye == Intent.goodbye)
                .withData("booking", booking.name()).withData("goodbye", goodbye.name()).build();
    }
}
