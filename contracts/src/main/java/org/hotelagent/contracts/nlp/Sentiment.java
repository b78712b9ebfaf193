package org.hotelagent.contracts.nlp;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The guest's tone; NEGATIVE weighs toward handing over to a person. */
public enum Sentiment {
    @JsonProperty("negative") NEGATIVE,
    @JsonProperty("neutral") NEUTRAL,
    @JsonProperty("positive") POSITIVE
}
