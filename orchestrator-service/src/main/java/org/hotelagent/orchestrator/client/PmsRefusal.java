package org.hotelagent.orchestrator.client;

import java.util.regex.Pattern;

/** The PMS refused a request (4xx problem): a fact about the request, never counted against the PMS's health. */
final class PmsRefusal extends RuntimeException {

    private static final Pattern KIND = Pattern.compile("urn:hotel-agent:problem:([a-z-]+)");

    private final int status;
    private final String kind;

    PmsRefusal(int status, String kind) {
        super("The PMS answered HTTP " + status + " " + kind, null, false, false);
        this.status = status;
        this.kind = kind;
    }

    static String kindIn(String problem) {
        var matcher = KIND.matcher(problem);
        return matcher.find() ? matcher.group(1) : "unknown";
    }

    int status() {
        return status;
    }

    String kind() {
        return kind;
    }
}
