package org.hotelagent.pms.domain;

import java.util.List;

/** The answer to an availability request. */
public sealed interface QuoteOutcome {

    /** The room types that fit the party and have rates for every night, each with its free count and price. */
    record Quoted(String currency, List<RoomTypeQuote> offers) implements QuoteOutcome {
    }

    /** The request breaks a rule of the hotel. */
    record Rejected(Rejection rejection) implements QuoteOutcome {
    }
}
