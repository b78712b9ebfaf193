package org.hotelagent.pms.persistence;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads hotels from the built-in PMS tables with the reactive PostgreSQL client. */
@ApplicationScoped
public class HotelRepository {

    private static final String COLUMNS =
            "id, name, time_zone, currency, check_in_time, check_out_time, address, phone, email";

    private final Pool pool;

    HotelRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Hotel>> findAll() {
        return pool.query("select " + COLUMNS + " from hotels order by id").execute()
                .map(rows -> rows.stream().map(HotelRepository::hotel).toList());
    }

    public Uni<Optional<Hotel>> findById(String id) {
        return pool.preparedQuery("select " + COLUMNS + " from hotels where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(hotel(rows.iterator().next())));
    }

    private static Hotel hotel(Row row) {
        return new Hotel(row.getString("id"), row.getString("name"), ZoneId.of(row.getString("time_zone")),
                row.getString("currency"), row.getLocalTime("check_in_time"), row.getLocalTime("check_out_time"),
                row.getString("address"), row.getString("phone"), row.getString("email"));
    }
}
