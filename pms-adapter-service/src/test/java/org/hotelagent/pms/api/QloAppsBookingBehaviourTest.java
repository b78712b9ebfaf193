package org.hotelagent.pms.api;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.vertx.mutiny.sqlclient.Pool;

import org.hotelagent.pms.TestHotels;
import org.hotelagent.pms.qloapps.FakeQloApps;
import org.hotelagent.pms.qloapps.QloAppsStandIn;

/**
 * The booking behaviour on QloApps: the hotel {@value QloAppsStandIn#HOTEL} is routed to the WireMock stand-in
 * (the samples' demo hotel: room types 1-4 with 5 rooms each), emptied before each test.
 */
@QuarkusTest
@WithTestResource(value = QloAppsStandIn.class, scope = TestResourceScope.GLOBAL)
class QloAppsBookingBehaviourTest extends BookingBehaviourTest {

    @Inject
    Pool pool;

    @Inject
    CircuitBreakerMaintenance breakers;

    @Inject
    RedisDataSource redis;

    FakeQloApps qloapps;

    @BeforeEach
    void emptyTheStandIn() {
        TestHotels.createOnce(pool, QloAppsStandIn.HOTEL);
        qloapps.reset();
        QloAppsStandIn.forgetQuotes(redis);
    }

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    @Override
    String hotel() {
        return QloAppsStandIn.HOTEL;
    }

    @Override
    String roomType() {
        return "1";
    }

    @Override
    String otherType() {
        return "2";
    }

    @Override
    int roomsOf(String type) {
        return 5;
    }

    @Override
    String referencePattern() {
        return "QLO-" + QloAppsStandIn.HOTEL + "-\\d+";
    }

    @Override
    String unknownReference() {
        return "QLO-" + QloAppsStandIn.HOTEL + "-999999";
    }
}
