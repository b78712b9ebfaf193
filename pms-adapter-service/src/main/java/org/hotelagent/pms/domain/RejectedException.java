package org.hotelagent.pms.domain;

/** Carries a {@link Rejection} out of a transaction so that the transaction rolls back; no stack trace. */
public final class RejectedException extends RuntimeException {

    private final Rejection rejection;

    RejectedException(Rejection rejection) {
        super(rejection.detail(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
