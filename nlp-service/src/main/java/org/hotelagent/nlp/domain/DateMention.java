package org.hotelagent.nlp.domain;

import java.time.LocalDate;

/** One date mention {@link DateFinder} found: a single date, a stay range, or a move from one date to another. */
record DateMention(DateSpan first, DateSpan second, Kind kind) {

    /** A resolved span of the text (offsets in the original). */
    record DateSpan(int start, int end, LocalDate date) {
    }

    enum Kind { SINGLE, RANGE, MOVE }

    int start() {
        return first.start();
    }

    int end() {
        return second == null ? first.end() : Math.max(first.end(), second.end());
    }
}
