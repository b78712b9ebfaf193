package org.hotelagent.pms.builtin;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.pms.domain.Stay;

/**
 * The inventory: which room is taken on which night. The primary key of {@code room_nights} is the concurrency
 * guard; claims insert the nights in ascending order so two overlapping claims never deadlock.
 */
@ApplicationScoped
class InventoryRepository {

    /** Rooms of the type with no taken night in the stay, as this transaction sees them. */
    Uni<List<String>> freeRooms(SqlClient sql, String hotelId, String roomType, Stay stay) {
        return sql.preparedQuery("""
                        select r.number from rooms r
                        where r.hotel_id = $1 and r.room_type = $2 and not exists (
                            select 1 from room_nights n where n.hotel_id = r.hotel_id and n.room_number = r.number
                            and n.night >= $3 and n.night < $4)
                        order by r.number""")
                .execute(Tuple.of(hotelId, roomType, stay.checkIn(), stay.checkOut()))
                .map(rows -> rows.stream().map(row -> row.getString("number")).toList());
    }

    /**
     * Claims the first candidate room whose every night this transaction can take. A night another transaction
     * holds makes the insert wait for it; once that one commits the night is skipped, so the room is released again
     * and the next candidate tried.
     */
    Uni<Optional<String>> claimFirst(SqlClient sql, String hotelId, List<String> candidates, Stay stay,
                                     long bookingId) {
        if (candidates.isEmpty()) {
            return Uni.createFrom().item(Optional.empty());
        }
        var room = candidates.getFirst();
        return claim(sql, hotelId, room, stay, bookingId).chain(claimed -> claimed
                ? Uni.createFrom().item(Optional.of(room))
                : claimFirst(sql, hotelId, candidates.subList(1, candidates.size()), stay, bookingId));
    }

    Uni<Void> release(SqlClient sql, long bookingId) {
        return sql.preparedQuery("delete from room_nights where booking_id = $1").execute(Tuple.of(bookingId))
                .replaceWithVoid();
    }

    private Uni<Boolean> claim(SqlClient sql, String hotelId, String room, Stay stay, long bookingId) {
        return sql.preparedQuery("""
                        insert into room_nights (hotel_id, room_number, night, booking_id)
                        select $1, $2, night::date, $5 from generate_series($3::date, $4::date - 1, '1 day') night
                        order by night
                        on conflict do nothing""")
                .execute(Tuple.of(hotelId, room, stay.checkIn(), stay.checkOut(), bookingId))
                .chain(inserted -> inserted.rowCount() == stay.nights() ? Uni.createFrom().item(true)
                        : sql.preparedQuery("delete from room_nights where booking_id = $1 and room_number = $2")
                                .execute(Tuple.of(bookingId, room)).replaceWith(false));
    }
}
