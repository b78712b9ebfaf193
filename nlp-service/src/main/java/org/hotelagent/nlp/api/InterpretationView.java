package org.hotelagent.nlp.api;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.contracts.nlp.Entity;
import org.hotelagent.contracts.nlp.EntityType;
import org.hotelagent.contracts.nlp.IntentScore;
import org.hotelagent.contracts.nlp.Sentiment;
import org.hotelagent.nlp.domain.Interpretation;

/** What a text means, as the REST API shows it. */
@Schema(description = "The interpretation of a guest text")
public record InterpretationView(@Schema(description = "ISO 639-1 code: es, en or pt") String language,
                                 @Schema(description = "Probability of the language, 0 when assumed")
                                 double languageConfidence,
                                 @Schema(description = "The most probable intent") Score intent,
                                 @Schema(description = "The next most probable intents, runner-up first")
                                 List<Score> alternatives,
                                 @Schema(description = "Data found in the text") List<Found> entities,
                                 @Schema(description = "negative, neutral or positive") Sentiment sentiment) {

    static final int ALTERNATIVES = 2;

    static InterpretationView from(Interpretation interpretation) {
        return new InterpretationView(interpretation.language(), interpretation.languageConfidence(),
                Score.from(interpretation.intent()),
                interpretation.intents().stream().skip(1).limit(ALTERNATIVES).map(Score::from).toList(),
                interpretation.entities().stream().map(Found::from).toList(), interpretation.sentiment());
    }

    /** An intent label and its calibrated probability. */
    @Schema(description = "An intent and its probability in [0, 1]")
    public record Score(String name, double confidence) {
        static Score from(IntentScore score) {
            return new Score(score.intent().name(), score.confidence());
        }
    }

    /** An entity; an amount's value is {@code {"amount", "currency"}}, every other value a string. */
    @Schema(description = "An entity with UTF-16 offsets into the text")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Found(EntityType type, int start, int end, String text,
                        @Schema(description = "ISO date, integer, E.164 phone, room type code, or {amount, currency}")
                        Object value,
                        @Schema(description = "previous for a value the guest is replacing") String role) {
        static Found from(Entity entity) {
            Object value = entity.type() == EntityType.amount
                    ? new Money(new BigDecimal(entity.value()), entity.unit()) : entity.value();
            return new Found(entity.type(), entity.start(), entity.end(), entity.text(), value, entity.role());
        }
    }

    /** A money amount in an ISO 4217 currency. */
    public record Money(BigDecimal amount, String currency) {
    }
}
