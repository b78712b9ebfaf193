package org.hotelagent.pms.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.hotelagent.pms.domain.NightPrice;

/** The price of one room for one night. */
@Schema(description = "The price of one room for one night")
public record NightPriceResponse(@Schema(description = "The night, by its date") LocalDate night,
                                 @Schema(description = "Price of one room that night", example = "95.00")
                                 BigDecimal price) {

    static NightPriceResponse from(NightPrice price) {
        return new NightPriceResponse(price.night(), price.amount());
    }
}
