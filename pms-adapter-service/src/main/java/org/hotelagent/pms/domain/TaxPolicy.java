package org.hotelagent.pms.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.hotelagent.pms.persistence.Hotel;

/**
 * A hotel's VAT: either its rates already include it (the guest pays the sum of the nightly prices and the taxes
 * are the VAT share of it) or it is added on top of them.
 */
public record TaxPolicy(BigDecimal vatPercent, boolean pricesIncludeVat) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static TaxPolicy of(Hotel hotel) {
        return new TaxPolicy(hotel.vatPercent(), hotel.pricesIncludeVat());
    }

    /** The total the guest pays and the taxes within it, for {@code rooms} rooms at these nightly prices. */
    public PriceBreakdown breakdown(List<NightPrice> nightly, int rooms) {
        var sum = nightly.stream().map(NightPrice::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .multiply(BigDecimal.valueOf(rooms));
        if (pricesIncludeVat) {
            var taxes = Money.round(sum.multiply(vatPercent).divide(HUNDRED.add(vatPercent), 10,
                    RoundingMode.HALF_UP));
            return new PriceBreakdown(nightly, Money.round(sum), taxes, true);
        }
        var taxes = Money.round(sum.multiply(vatPercent).divide(HUNDRED));
        return new PriceBreakdown(nightly, Money.round(sum.add(taxes)), taxes, false);
    }
}
