package org.hotelagent.gateway.domain;

/** A guest frame the web chat does not take; {@code code} is stable for the browser, the message says why. */
public class FrameRejected extends RuntimeException {

    private final String clientMessageId;
    private final String code;

    public FrameRejected(String clientMessageId, String code, String reason) {
        super(reason, null, false, false);
        this.clientMessageId = clientMessageId;
        this.code = code;
    }

    public ServerFrame.Failure toFrame() {
        return new ServerFrame.Failure(clientMessageId, code, getMessage(), false);
    }
}
