package org.hotelagent.pms;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A fresh hotel per test on the shared database, so tests never see each other's bookings. Rates include 10 % VAT:
 * a double costs 100.00 (120.00 on Friday and Saturday nights), a suite 200.00 every night.
 */
public final class TestHotels {

    public static final ZoneId ZONE = ZoneId.of("Europe/Madrid");

    private TestHotels() {
    }

    /** A hotel with three double rooms (1-14 nights, 2 adults + 1 child) and {@code suites} suites (2-7 nights). */
    public static String create(Pool pool, int suites) {
        var id = "test-" + UUID.randomUUID();
        run(pool, """
                insert into hotels (id, name, time_zone, currency, check_in_time, check_out_time, address,
                                    vat_percent, prices_include_vat)
                values ($1, 'Test hotel', 'Europe/Madrid', 'EUR', '15:00', '11:00', 'Test street 1', 10, true)""",
                Tuple.of(id));
        run(pool, """
                insert into room_types (hotel_id, code, names, beds, base_occupancy, max_adults, max_children,
                                        max_guests, min_stay, max_stay, sort_order)
                values ($1, 'double', '{"es": "Doble", "en": "Double", "pt": "Duplo"}', '1 double bed', 2, 2, 1, 3,
                        1, 14, 1),
                       ($1, 'suite', '{"es": "Suite", "en": "Suite", "pt": "Suíte"}', '1 king bed', 2, 3, 2, 4,
                        2, 7, 2)""", Tuple.of(id));
        run(pool, """
                insert into rooms (hotel_id, number, room_type)
                select $1, '10' || n, 'double' from generate_series(1, 3) n
                union all select $1, '20' || n, 'suite' from generate_series(1, $2) n""", Tuple.of(id, suites));
        run(pool, """
                insert into rates (hotel_id, room_type, valid_from, valid_to, amount, weekend_uplift_percent)
                values ($1, 'double', current_date - 1, null, 100.00, 20),
                       ($1, 'suite', current_date - 1, null, 200.00, 0)""", Tuple.of(id));
        return id;
    }

    /** The row of a hotel whose rooms live in another PMS (QloApps): identity, time zone, currency only. */
    public static String createOnce(Pool pool, String id) {
        run(pool, """
                insert into hotels (id, name, time_zone, currency, check_in_time, check_out_time, address)
                values ($1, 'QloApps test hotel', 'Europe/Madrid', 'USD', '12:00', '11:00', 'Test street 2')
                on conflict do nothing""", Tuple.of(id));
        return id;
    }

    /** The hotel's date {@code days} from today. */
    public static LocalDate inDays(int days) {
        return LocalDate.now(ZONE).plusDays(days);
    }

    private static void run(Pool pool, String sql, Tuple args) {
        pool.preparedQuery(sql).execute(args).await().atMost(Duration.ofSeconds(10));
    }
}
