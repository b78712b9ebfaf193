package org.hotelagent.orchestrator.client;

/** What the PMS answered: the value, or its refusal (a 4xx problem kind such as no-availability). */
public sealed interface PmsResult<T> {

    /** The PMS did it, or found it. */
    record Done<T>(T value) implements PmsResult<T> {
    }

    /** The PMS said no; {@code kind} is the problem type's last segment. */
    record Refused<T>(int status, String kind) implements PmsResult<T> {
    }
}
