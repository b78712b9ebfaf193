package org.hotelagent.nlp.client;

/** audio-service refused a recording (4xx): a fact about this request, not about the service's health. */
final class AudioRefusal extends RuntimeException {

    static final String LANGUAGE_UNAVAILABLE = "urn:hotel-agent:problem:language-unavailable";

    private final boolean languageUnavailable;

    AudioRefusal(int status, boolean languageUnavailable) {
        super("audio-service answered HTTP " + status + (languageUnavailable ? " (language unavailable)" : ""));
        this.languageUnavailable = languageUnavailable;
    }

    boolean languageUnavailable() {
        return languageUnavailable;
    }
}
