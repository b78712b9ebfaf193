package org.hotelagent.orchestrator.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The shapes pms-adapter-service takes and answers (only the fields the agent uses are read). */
public final class Pms {

    private Pms() {
    }

    /** {@code POST /api/hotels/{id}/availability} body: one party per room. */
    public record QuoteRequest(LocalDate checkIn, LocalDate checkOut, List<Room> rooms) {
    }

    /** The party of one room. */
    public record Room(int adults, int children) {
    }

    /** A quote: the room types that fit, cheapest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quote(String hotelId, LocalDate checkIn, LocalDate checkOut, int nights, String currency,
                        List<Offer> offers) {
    }

    /** One room type's free count and price for the whole stay. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offer(String roomTypeId, Map<String, String> names, int available, BigDecimal total,
                        BigDecimal taxes, boolean taxesIncluded) {
    }

    /** {@code POST /api/hotels/{id}/bookings} body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BookingRequest(String roomTypeId, LocalDate checkIn, LocalDate checkOut, int adults, int children,
                                 Contact guest, BigDecimal quotedTotal) {
    }

    /** {@code PATCH /api/bookings/{reference}} body: absent fields are kept. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(LocalDate checkIn, LocalDate checkOut) {
    }

    /** {@code POST /api/bookings/{reference}/cancellation} body. */
    public record Cancellation(String reason) {
    }

    /** The guest's contact as the PMS keeps it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String name, String email, String phone, String channelAddress, String language) {
    }

    /** A booking as the PMS answers it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Booking(String reference, String hotelId, String status, String roomTypeId, LocalDate checkIn,
                          LocalDate checkOut, int adults, int children, BigDecimal total, String currency,
                          Contact guest) {

        public boolean cancelled() {
            return "cancelled".equals(status);
        }
    }
}
