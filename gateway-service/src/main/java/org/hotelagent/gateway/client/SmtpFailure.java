package org.hotelagent.gateway.client;

/** An SMTP send that failed; {@code permanent} (a 5xx answer, a bad address) means retrying cannot help. */
public class SmtpFailure extends RuntimeException {

    private final boolean permanent;

    public SmtpFailure(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
