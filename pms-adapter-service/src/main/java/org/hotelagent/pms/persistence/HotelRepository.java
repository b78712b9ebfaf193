package org.hotelagent.pms.persistence;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads hotels from the built-in PMS tables with the reactive PostgreSQL client; 2 s timeout, circuit breaker. */
@ApplicationScoped
public class HotelRepository {

    private static final String COLUMNS =
            "id, name, time_zone, currency, check_in_time, check_out_time, address, phone, email, policies,"
                    + " vat_percent, prices_include_vat";

    private final Pool pool;

    HotelRepository(Pool pool) {
        this.pool = pool;
    }

    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public Uni<List<Hotel>> findAll() {
        return pool.query("select " + COLUMNS + " from hotels order by id").execute()
                .map(rows -> rows.stream().map(HotelRepository::hotel).toList());
    }

    @Timeout(2000)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5000)
    public Uni<Optional<Hotel>> findById(String id) {
        return pool.preparedQuery("select " + COLUMNS + " from hotels where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(hotel(rows.iterator().next())));
    }

    private static Hotel hotel(Row row) {
        return new Hotel(row.getString("id"), row.getString("name"), ZoneId.of(row.getString("time_zone")),
                row.getString("currency"), row.getLocalTime("check_in_time"), row.getLocalTime("check_out_time"),
                row.getString("address"), row.getString("phone"), row.getString("email"), row.getString("policies"),
                row.getBigDecimal("vat_percent"), row.getBoolean("prices_include_vat"));
    }
}
