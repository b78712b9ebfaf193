package org.hotelagent.gateway.client.gmail;

/**
 * A Gmail API or Google token endpoint call that failed. {@code permanent}: repeating it cannot help (a 4xx other
 * than 401, 408 and 429); {@code status} is 0 when no HTTP answer came.
 */
public class GmailFailure extends RuntimeException {

    private final int status;
    private final boolean permanent;

    public GmailFailure(String message, int status) {
        super(message);
        this.status = status;
        this.permanent = status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
    }

    public int status() {
        return status;
    }

    public boolean permanent() {
        return permanent;
    }
}
