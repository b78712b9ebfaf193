package org.hotelagent.pms.qloapps;

/**
 * QloApps answered with an error the guest cannot act on: authentication, permissions, an unknown resource, a
 * request QloApps found invalid (a configuration or adapter fault), or a server error. Answered as
 * {@code pms-unavailable}; counts towards the circuit breaker.
 */
public final class QloAppsFailure extends RuntimeException {

    QloAppsFailure(String message) {
        super(message, null, false, false);
    }
}
