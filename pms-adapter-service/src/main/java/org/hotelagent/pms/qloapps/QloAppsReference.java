package org.hotelagent.pms.qloapps;

import java.util.Optional;

/**
 * Our reference of a QloApps booking: {@code QLO-<our hotel id>-<QloApps order id>}, e.g. {@code QLO-lisbon-42}. It
 * names the hotel (hence the QloApps site) and the order, so it resolves without a lookup table and never changes.
 */
record QloAppsReference(String hotelId, long orderId) {

    static final String PREFIX = "QLO-";

    static Optional<QloAppsReference> parse(String reference) {
        var dash = reference.lastIndexOf('-');
        if (!reference.startsWith(PREFIX) || dash <= PREFIX.length()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QloAppsReference(reference.substring(PREFIX.length(), dash),
                    Long.parseLong(reference.substring(dash + 1))));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return PREFIX + hotelId + "-" + orderId;
    }
}
