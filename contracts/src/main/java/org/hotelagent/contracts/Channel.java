package org.hotelagent.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The channel a guest writes on; the reply goes back on the same one. */
public enum Channel {
    @JsonProperty("whatsapp") WHATSAPP("whatsapp"),
    @JsonProperty("email") EMAIL("email"),
    @JsonProperty("webchat") WEBCHAT("webchat");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    /** The lower-case name used in JSON, conversation ids and metric tags. */
    public String code() {
        return code;
    }
}
