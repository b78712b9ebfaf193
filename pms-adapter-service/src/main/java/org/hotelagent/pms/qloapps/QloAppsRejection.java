package org.hotelagent.pms.qloapps;

import org.hotelagent.pms.domain.Rejection;

/**
 * QloApps refused the request for a reason the guest can act on (no room free, booking unknown, dates invalid). Not
 * a failure: it never opens a circuit breaker nor triggers a retry.
 */
public final class QloAppsRejection extends RuntimeException {

    private final transient Rejection rejection;

    QloAppsRejection(Rejection rejection) {
        super(rejection.detail(), null, false, false);
        this.rejection = rejection;
    }

    Rejection rejection() {
        return rejection;
    }
}
