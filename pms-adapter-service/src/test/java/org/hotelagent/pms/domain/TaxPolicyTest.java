package org.hotelagent.pms.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TaxPolicyTest {

    private static final List<NightPrice> TWO_NIGHTS = List.of(
            new NightPrice(LocalDate.of(2027, 3, 1), new BigDecimal("100.00")),
            new NightPrice(LocalDate.of(2027, 3, 2), new BigDecimal("120.00")));

    @Test
    void includedVatIsTheShareOfTheTotal() {
        var price = new TaxPolicy(new BigDecimal("10"), true).breakdown(TWO_NIGHTS, 1);

        assertThat(price.total()).isEqualByComparingTo("220.00");
        assertThat(price.taxes()).isEqualByComparingTo("20.00");
        assertThat(price.taxesIncluded()).isTrue();
    }

    @Test
    void addedVatRaisesTheTotalForEveryRoom() {
        var price = new TaxPolicy(new BigDecimal("21"), false).breakdown(TWO_NIGHTS, 2);

        assertThat(price.taxes()).isEqualByComparingTo("92.40");
        assertThat(price.total()).isEqualByComparingTo("532.40");
        assertThat(price.taxesIncluded()).isFalse();
    }
}
