package org.hotelagent.observability;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * An exception whose message (or a cause's) held guest data, told again with that data masked: the text names the
 * original class ("java.io.IOException: no route to ***1222"), the stack frames, causes and suppressed exceptions are
 * the original's. Exceptions without guest data are logged as they are.
 */
final class MaskedThrowable extends RuntimeException {

    private MaskedThrowable(String text, Throwable cause) {
        super(text, cause, true, true);
    }

    /** {@code thrown} itself when nothing in its chain needs masking, else a masked copy of the chain. */
    static Throwable of(Throwable thrown) {
        return holdsGuestData(thrown, Collections.newSetFromMap(new IdentityHashMap<>()))
                ? copy(thrown, Collections.newSetFromMap(new IdentityHashMap<>())) : thrown;
    }

    private static boolean holdsGuestData(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        var message = t.getMessage();
        if (message != null && !message.equals(Masked.inText(message))) {
            return true;
        }
        for (var suppressed : t.getSuppressed()) {
            if (holdsGuestData(suppressed, seen)) {
                return true;
            }
        }
        return holdsGuestData(t.getCause(), seen);
    }

    private static Throwable copy(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null; // a cycle in the chain ends here
        }
        var message = t.getMessage();
        var text = t.getClass().getName() + (message == null ? "" : ": " + Masked.inText(message));
        var masked = new MaskedThrowable(text, copy(t.getCause(), seen));
        masked.setStackTrace(t.getStackTrace());
        for (var suppressed : t.getSuppressed()) {
            var copied = copy(suppressed, seen);
            if (copied != null) {
                masked.addSuppressed(copied);
            }
        }
        return masked;
    }

    /** Reads as the original did: its class name and its (masked) message. */
    @Override
    public String toString() {
        return getMessage();
    }
}
