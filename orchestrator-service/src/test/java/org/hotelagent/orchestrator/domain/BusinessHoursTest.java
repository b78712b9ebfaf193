package org.hotelagent.orchestrator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;

import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    @Test
    void daytimeAndOvernightRanges() {
        var daytime = BusinessHours.parse("08:00-22:00");
        var overnight = BusinessHours.parse("18:00 - 09:00");

        assertThat(daytime.isOpenAt(LocalTime.of(8, 0))).isTrue();
        assertThat(daytime.isOpenAt(LocalTime.of(22, 0))).isFalse();
        assertThat(daytime.isOpenAt(LocalTime.of(3, 0))).isFalse();
        assertThat(overnight.isOpenAt(LocalTime.of(23, 30))).isTrue();
        assertThat(overnight.isOpenAt(LocalTime.of(8, 59))).isTrue();
        assertThat(overnight.isOpenAt(LocalTime.of(11, 0))).isFalse();
        assertThat(BusinessHours.parse("00:00-24:00").isOpenAt(LocalTime.of(4, 0))).isTrue();
    }

    @Test
    void refusesWhatIsNotARange() {
        assertThatThrownBy(() -> BusinessHours.parse("9 to 5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void masksEmailsAndPhoneNumbersButNotRoomNumbers() {
        assertThat(OnCallEscalation.masked("Room 412, call +34 600 123 456 or eva@example.com"))
                .isEqualTo("Room 412, call [number] or [email]");
    }
}
