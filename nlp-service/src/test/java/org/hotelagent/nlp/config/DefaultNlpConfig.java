package org.hotelagent.nlp.config;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** {@link NlpConfig} with the production defaults, for code that builds the pipeline without Quarkus. */
public record DefaultNlpConfig(Optional<LocalDate> referenceDate) implements NlpConfig {

    @Override
    public String defaultLanguage() {
        return "es";
    }

    @Override
    public int minLettersForDetection() {
        return 12;
    }

    @Override
    public ZoneId timeZone() {
        return ZoneId.of("Europe/Madrid");
    }

    @Override
    public int maxTextLength() {
        return 10_000;
    }

    @Override
    public Voice voice() {
        return new Voice() {
            @Override
            public List<String> languages() {
                return List.of("en");
            }

            @Override
            public Duration maxWait() {
                return Duration.ofSeconds(30);
            }
        };
    }
}
