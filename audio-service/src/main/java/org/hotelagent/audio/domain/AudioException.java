package org.hotelagent.audio.domain;

/** Audio or a request the service turns away, with the reason a caller can act on. */
public class AudioException extends RuntimeException {

    /** Why the work was refused; the HTTP layer maps each to a status and a problem type. */
    public enum Reason {
        EMPTY_AUDIO, AUDIO_TOO_LARGE, AUDIO_TOO_LONG, UNREADABLE_AUDIO, LANGUAGE_UNAVAILABLE, INVALID_REQUEST, BUSY
    }

    private final Reason reason;

    public AudioException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public AudioException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
