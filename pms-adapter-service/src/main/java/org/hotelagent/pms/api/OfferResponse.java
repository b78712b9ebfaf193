package org.hotelagent.pms.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.RoomTypeQuote;

/** One room type that fits every requested room, with its free count and prices. */
@Schema(description = "A room type that fits the party, its free rooms and its price")
public record OfferResponse(
        @Schema(description = "Room type code", example = "double") String roomTypeId,
        @Schema(description = "Display name per language code") Map<String, String> names,
        @Schema(description = "Rooms of this type free on every night of the stay (0: sold out)") int available,
        @Schema(description = "Price of one room per night") List<NightPriceResponse> nightly,
        @Schema(description = "What the guest pays for all requested rooms and nights", example = "180.00")
        BigDecimal total,
        @Schema(description = "VAT within (or added to reach) the total", example = "16.36") BigDecimal taxes,
        @Schema(description = "True when the nightly prices include the taxes; false when taxes are added on top")
        boolean taxesIncluded) {

    static OfferResponse from(RoomTypeQuote quote) {
        var price = quote.price();
        return new OfferResponse(quote.roomType().id(), quote.roomType().names(), quote.available(),
                price.nightly().stream().map(NightPriceResponse::from).toList(), price.total(), price.taxes(),
                price.taxesIncluded());
    }
}
