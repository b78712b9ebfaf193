package org.hotelagent.pms.qloapps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Lenient reading of QloApps JSON: numbers come as numbers or strings ({@code "1000.000000"}, {@code "3"}), maps
 * keyed by id stand where lists are expected, and an empty map is written as {@code []}.
 */
final class QloAppsJson {

    private QloAppsJson() {
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        var text = value.toString().strip();
        return text.isEmpty() ? BigDecimal.ZERO : new BigDecimal(text);
    }

    static int integer(Object value) {
        return decimal(value).intValue();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** An i18n field: a plain string when the shop has one language, else the first of [{id, value}]. */
    static String i18n(Object value) {
        if (value instanceof JsonArray array) {
            return objects(array).stream().findFirst().map(entry -> entry.getString("value")).orElse("");
        }
        return value == null ? "" : value.toString();
    }

    /** The objects of a JSON array, or the values of a JSON object keyed by id; empty for anything else. */
    static List<JsonObject> objects(Object value) {
        if (value instanceof JsonArray array) {
            return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
        }
        if (value instanceof JsonObject object) {
            return object.stream().map(entry -> entry.getValue()).filter(JsonObject.class::isInstance)
                    .map(JsonObject.class::cast).toList();
        }
        return List.of();
    }

    /** An object field, or an empty object when it is absent or written as an empty list. */
    static JsonObject object(JsonObject parent, String field) {
        return parent.getValue(field) instanceof JsonObject object ? object : new JsonObject();
    }

    /** {@code 2027-01-24} or {@code 2027-01-24 00:00:00}: QloApps dates are local to the hotel. */
    static LocalDate date(Object value) {
        return LocalDate.parse(value.toString().strip().substring(0, 10));
    }
}
