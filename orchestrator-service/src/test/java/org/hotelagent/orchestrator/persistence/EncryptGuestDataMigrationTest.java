package org.hotelagent.orchestrator.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import db.migration.V7__EncryptGuestData;

import org.hotelagent.orchestrator.support.PmsStandIn;

/**
 * V7 encrypts rows stored in clear before it: migrated in a scratch schema of the test database up to V6, filled,
 * then migrated on.
 */
@QuarkusTest
@WithTestResource(value = PmsStandIn.class, scope = TestResourceScope.GLOBAL)
class EncryptGuestDataMigrationTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Inject
    DataCipher cipher;

    @Test
    void encryptsTheGuestDataOfExistingRows() throws SQLException {
        var schema = "migration_" + UUID.randomUUID().toString().replace("-", "");
        var id = "whatsapp:demo-hotel:34600111222";
        try (var connection = DriverManager.getConnection(url, user, password)) {
            try {
                flyway(schema, "6").migrate();
                storeInClear(connection, schema, id);

                flyway(schema, "latest").migrate();

                connection.setSchema(schema);
                assertEncrypted(connection, id);
            } finally {
                connection.createStatement().execute("drop schema if exists " + schema + " cascade");
            }
        }
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure().dataSource(url, user, password).schemas(schema).createSchemas(true)
                .locations("filesystem:src/main/resources/db/migration").target(target)
                .javaMigrations(new V7__EncryptGuestData(cipher)).load();
    }

    private static void storeInClear(Connection connection, String schema, String id) throws SQLException {
        connection.setSchema(schema);
        try (var sql = connection.createStatement()) {
            sql.execute("""
                    insert into conversations (id, hotel_id, channel, guest_address, guest_name, language, slots,
                                               dialogue)
                    values ('%s', 'demo-hotel', 'whatsapp', '34600111222', 'Eva Lima', 'es',
                            '{"email": "eva@example.com", "check_in": "2026-12-03"}', '{"misunderstood": 1}')
                    """.formatted(id));
            sql.execute("""
                    insert into turns (conversation_id, source_event_id, correlation_id, guest_text, language,
                                       reply_event_id, reply)
                    values ('%1$s', gen_random_uuid(), 'c1', 'soy eva@example.com', 'es', gen_random_uuid(),
                            '{"text": "Gracias, Eva"}'),
                           ('%1$s', gen_random_uuid(), 'c2', 'hola', 'es', gen_random_uuid(), 'null')
                    """.formatted(id));
            sql.execute("""
                    insert into pending_actions (id, conversation_id, source_event_id, action, message,
                                                 next_attempt_at)
                    values (gen_random_uuid(), '%s', gen_random_uuid(), '{"kind": "find", "reference": "R1"}',
                            '{"guest": {"address": "34600111222"}}', now())
                    """.formatted(id));
        }
    }

    private void assertEncrypted(Connection connection, String id) throws SQLException {
        try (var sql = connection.createStatement()) {
            var raw = sql.executeQuery("""
                    select concat((select string_agg(c::text, '|') from conversations c),
                                  (select string_agg(t::text, '|') from turns t),
                                  (select string_agg(p::text, '|') from pending_actions p))
                    """);
            raw.next();
            assertThat(raw.getString(1)).doesNotContain("34600111222", "eva@example.com", "Eva");

            var conversation = sql.executeQuery("select * from conversations");
            conversation.next();
            assertThat(conversation.getString("id")).isEqualTo(cipher.index(id));
            assertThat(cipher.open(conversation.getBytes("sealed_id"))).isEqualTo(id);
            assertThat(conversation.getString("guest_address_index")).isEqualTo(cipher.index("34600111222"));
            assertThat(cipher.open(conversation.getBytes("guest_address"))).isEqualTo("34600111222");
            assertThat(cipher.open(conversation.getBytes("guest_name"))).isEqualTo("Eva Lima");
            assertThat(cipher.open(conversation.getBytes("slots"))).contains("\"email\": \"eva@example.com\"");

            var turns = sql.executeQuery("select guest_text, reply from turns order by id");
            turns.next();
            assertThat(cipher.open(turns.getBytes(1))).isEqualTo("soy eva@example.com");
            assertThat(cipher.open(turns.getBytes(2))).isEqualTo("{\"text\": \"Gracias, Eva\"}");
            turns.next();
            assertThat(turns.getBytes(2)).as("a silent turn has no reply").isNull();

            var pending = sql.executeQuery("select conversation_id, message from pending_actions");
            pending.next();
            assertThat(pending.getString(1)).isEqualTo(cipher.index(id));
            assertThat(cipher.open(pending.getBytes(2))).contains("34600111222");
        }
    }
}
