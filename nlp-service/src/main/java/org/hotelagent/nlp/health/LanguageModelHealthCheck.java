package org.hotelagent.nlp.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import org.hotelagent.nlp.domain.LanguageDetector;

/** Ready once the language model answers for each supported language. */
@Readiness
@ApplicationScoped
class LanguageModelHealthCheck implements HealthCheck {

    private final LanguageDetector languages;

    LanguageModelHealthCheck(LanguageDetector languages) {
        this.languages = languages;
    }

    @Override
    public HealthCheckResponse call() {
        var es = languages.detect("¿Tienen habitaciones libres para este fin de semana?", "en").code();
        var en = languages.detect("Do you have any rooms available this weekend?", "es").code();
        var pt = languages.detect("Vocês têm quartos disponíveis para este fim de semana?", "es").code();
        var ready = "es".equals(es) && "en".equals(en) && "pt".equals(pt);
        return HealthCheckResponse.named("language-model").status(ready)
                .withData("es", es).withData("en", en).withData("pt", pt).build();
    }
}
