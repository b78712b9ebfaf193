package org.hotelagent.pms.builtin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.pms.domain.Booking;
import org.hotelagent.pms.domain.GuestContact;
import org.hotelagent.pms.domain.NightPrice;
import org.hotelagent.pms.domain.Party;
import org.hotelagent.pms.domain.Stay;

/** Bookings of the built-in PMS; {@code id} is internal, the reference ({@code HR-2026-00042}) is public. */
@ApplicationScoped
class BookingRepository {

    /** A booking with its internal id. */
    record Stored(long id, Booking booking) {
    }

    private static final String COLUMNS = """
            id, reference, hotel_id, status, room_type, room_number, check_in, check_out, adults, children,
            nightly_prices, total, taxes, currency, guest_name, guest_email, guest_phone, guest_channel_address,
            guest_language, conversation_id""";

    Uni<Long> nextId(SqlClient sql) {
        return sql.query("select nextval(pg_get_serial_sequence('bookings', 'id')) as id").execute()
                .map(rows -> rows.iterator().next().getLong("id"));
    }

    /** Finds a booking; {@code lock} holds it until the transaction ends, so changes to it are serialised. */
    Uni<Optional<Stored>> find(SqlClient sql, String reference, boolean lock) {
        return sql.preparedQuery("select " + COLUMNS + " from bookings where reference = $1"
                        + (lock ? " for update" : ""))
                .execute(Tuple.of(reference))
                .map(rows -> rows.stream().findFirst().map(BookingRepository::stored));
    }

    Uni<Stored> findById(SqlClient sql, long id) {
        return sql.preparedQuery("select " + COLUMNS + " from bookings where id = $1").execute(Tuple.of(id))
                .map(rows -> stored(rows.iterator().next()));
    }

    /** Inserts a confirmed booking under this id; the database assigns its reference. */
    Uni<Stored> insert(SqlClient sql, long id, Booking booking) {
        return sql.preparedQuery("""
                        insert into bookings (id, hotel_id, status, room_type, room_number, check_in, check_out,
                            adults, children, nightly_prices, total, taxes, currency, guest_name, guest_email,
                            guest_phone, guest_channel_address, guest_language, conversation_id)
                        values ($1, $2, 'confirmed', $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
                            $17, $18)
                        returning\s""" + COLUMNS)
                .execute(Tuple.from(values(id, booking)))
                .map(rows -> stored(rows.iterator().next()));
    }

    /** Rewrites a booking's stay, room, party, price and contact. */
    Uni<Stored> update(SqlClient sql, long id, Booking booking) {
        return sql.preparedQuery("""
                        update bookings set hotel_id = $2, room_type = $3, room_number = $4, check_in = $5,
                            check_out = $6, adults = $7, children = $8, nightly_prices = $9, total = $10,
                            taxes = $11, currency = $12, guest_name = $13, guest_email = $14, guest_phone = $15,
                            guest_channel_address = $16, guest_language = $17, conversation_id = $18,
                            updated_at = now()
                        where id = $1 returning\s""" + COLUMNS)
                .execute(Tuple.from(values(id, booking)))
                .map(rows -> stored(rows.iterator().next()));
    }

    Uni<Stored> cancel(SqlClient sql, long id, String reason) {
        return sql.preparedQuery("update bookings set status = 'cancelled', cancellation_reason = $2,"
                        + " updated_at = now() where id = $1 returning " + COLUMNS)
                .execute(Tuple.of(id, reason))
                .map(rows -> stored(rows.iterator().next()));
    }

    private static Object[] values(long id, Booking b) {
        var nightly = new JsonArray(b.nightly().stream()
                .map(n -> new JsonObject().put("night", n.night().toString()).put("amount", n.amount().toPlainString()))
                .toList());
        var guest = b.guest();
        return new Object[] {id, b.hotelId(), b.roomTypeId(), b.roomNumber(), b.stay().checkIn(), b.stay().checkOut(),
                (short) b.party().adults(), (short) b.party().children(), nightly, b.total(), b.taxes(), b.currency(),
                guest.name(), guest.email(), guest.phone(), guest.channelAddress(), guest.language(),
                b.conversationId()};
    }

    private static Stored stored(Row row) {
        var nightly = row.getJsonArray("nightly_prices").stream().map(JsonObject.class::cast)
                .map(n -> new NightPrice(LocalDate.parse(n.getString("night")),
                        new BigDecimal(n.getString("amount"))))
                .toList();
        var guest = new GuestContact(row.getString("guest_name"), row.getString("guest_email"),
                row.getString("guest_phone"), row.getString("guest_channel_address"), row.getString("guest_language"));
        var booking = new Booking(row.getString("reference"), row.getString("hotel_id"),
                Booking.Status.valueOf(row.getString("status").toUpperCase()), row.getString("room_type"),
                row.getString("room_number"), new Stay(row.getLocalDate("check_in"), row.getLocalDate("check_out")),
                new Party(row.getInteger("adults"), row.getInteger("children")), nightly, row.getBigDecimal("total"),
                row.getBigDecimal("taxes"), row.getString("currency"), guest, row.getString("conversation_id"));
        return new Stored(row.getLong("id"), booking);
    }
}
