package org.hotelagent.pms.builtin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import org.hotelagent.pms.domain.Rate;
import org.hotelagent.pms.domain.RatePlan;
import org.hotelagent.pms.domain.RoomType;
import org.hotelagent.pms.domain.Stay;

/** Room types, their rate rules and their free rooms, read from the built-in PMS tables. */
@ApplicationScoped
class RoomTypeRepository {

    Uni<List<RoomType>> findByHotel(SqlClient sql, String hotelId) {
        return sql.preparedQuery("""
                        select code, names, beds, base_occupancy, max_adults, max_children, max_guests, min_stay,
                               max_stay
                        from room_types where hotel_id = $1 order by sort_order, code""")
                .execute(Tuple.of(hotelId))
                .map(rows -> rows.stream().map(RoomTypeRepository::roomType).toList());
    }

    /** The rate rules of every room type that overlap the stay, by room type code. */
    Uni<Map<String, RatePlan>> ratePlans(SqlClient sql, String hotelId, Stay stay) {
        return sql.preparedQuery("""
                        select room_type, valid_from, valid_to, amount, weekend_uplift_percent, priority from rates
                        where hotel_id = $1 and valid_from < $3 and (valid_to is null or valid_to > $2)""")
                .execute(Tuple.of(hotelId, stay.checkIn(), stay.checkOut()))
                .map(rows -> {
                    var rates = new HashMap<String, List<Rate>>();
                    rows.forEach(row -> rates.computeIfAbsent(row.getString("room_type"), k -> new ArrayList<>())
                            .add(new Rate(row.getLocalDate("valid_from"), row.getLocalDate("valid_to"),
                                    row.getBigDecimal("amount"), row.getBigDecimal("weekend_uplift_percent"),
                                    row.getInteger("priority"))));
                    var plans = new HashMap<String, RatePlan>();
                    rates.forEach((type, list) -> plans.put(type, new RatePlan(list)));
                    return plans;
                });
    }

    /** How many rooms of each type are free on every night of the stay. */
    Uni<Map<String, Integer>> freeRoomCounts(SqlClient sql, String hotelId, Stay stay) {
        return sql.preparedQuery("""
                        select r.room_type, count(*) as free from rooms r
                        where r.hotel_id = $1 and not exists (
                            select 1 from room_nights n where n.hotel_id = r.hotel_id and n.room_number = r.number
                            and n.night >= $2 and n.night < $3)
                        group by r.room_type""")
                .execute(Tuple.of(hotelId, stay.checkIn(), stay.checkOut()))
                .map(rows -> {
                    var counts = new TreeMap<String, Integer>();
                    rows.forEach(row -> counts.put(row.getString("room_type"), row.getInteger("free")));
                    return counts;
                });
    }

    private static RoomType roomType(Row row) {
        var names = new TreeMap<String, String>();
        row.getJsonObject("names").forEach(entry -> names.put(entry.getKey(), String.valueOf(entry.getValue())));
        return new RoomType(row.getString("code"), names, row.getString("beds"), row.getInteger("base_occupancy"),
                row.getInteger("max_adults"), row.getInteger("max_children"), row.getInteger("max_guests"),
                row.getInteger("min_stay"), row.getInteger("max_stay"));
    }
}
