package org.hotelagent.pms.api;

import java.math.BigDecimal;
import java.time.LocalTime;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.hotelagent.pms.persistence.Hotel;

/** A hotel as the agent sees it: identity, local rules and contact details. */
@Schema(description = "A hotel known to the PMS")
public record HotelResponse(
        @Schema(description = "Stable hotel id, used in every event and URL", example = "demo-hotel") String id,
        @Schema(description = "Display name", example = "Hotel Demo Mar") String name,
        @Schema(description = "IANA time zone the hotel's times are in", example = "Europe/Madrid") String timeZone,
        @Schema(description = "ISO 4217 currency of its prices", example = "EUR") String currency,
        @Schema(description = "Earliest check-in, local time", type = SchemaType.STRING, example = "15:00")
        @JsonFormat(pattern = "HH:mm") LocalTime checkInTime,
        @Schema(description = "Latest check-out, local time", type = SchemaType.STRING, example = "11:00")
        @JsonFormat(pattern = "HH:mm") LocalTime checkOutTime,
        @Schema(description = "Postal address") String address,
        @Schema(description = "Front-desk phone number", nullable = true) String phone,
        @Schema(description = "Reservations email address", nullable = true) String email,
        @Schema(description = "House rules and cancellation terms, in the hotel's words") String policies,
        @Schema(description = "VAT rate in percent", example = "10") BigDecimal vatPercent,
        @Schema(description = "True when quoted prices include the VAT, false when it is added on top")
        boolean pricesIncludeVat) {

    static HotelResponse from(Hotel hotel) {
        return new HotelResponse(hotel.id(), hotel.name(), hotel.timeZone().getId(), hotel.currency(),
                hotel.checkInTime(), hotel.checkOutTime(), hotel.address(), hotel.phone(), hotel.email(), hotel.policies(),
                hotel.vatPercent(), hotel.pricesIncludeVat());
    }
}
