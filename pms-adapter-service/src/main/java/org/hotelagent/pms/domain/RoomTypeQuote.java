package org.hotelagent.pms.domain;

/** One room type that fits the party: how many rooms are free for the whole stay and what they cost. */
public record RoomTypeQuote(RoomType roomType, int available, PriceBreakdown price) {
}
