package org.hotelagent.pms.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a stay costs: the per-room nightly prices, the total the guest pays and the taxes in it.
 *
 * @param taxesIncluded true when the nightly prices already include the taxes
 */
public record PriceBreakdown(List<NightPrice> nightly, BigDecimal total, BigDecimal taxes, boolean taxesIncluded) {
}
