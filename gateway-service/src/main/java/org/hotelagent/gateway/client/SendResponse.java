package org.hotelagent.gateway.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the Cloud API answers to a send: the wamid of our message. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendResponse(List<Sent> messages) {

    /** One accepted message. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sent(String id) {
    }

    public String messageId() {
        return messages == null || messages.isEmpty() ? null : messages.getFirst().id();
    }
}
