package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.hotelagent.orchestrator.persistence.DataCipher;

/**
 * Encrypts the guest data already stored (Java, not SQL: the key lives in the configuration, not the database).
 * Conversation ids (which contain the channel address) become their keyed HMAC, with the id itself sealed beside
 * it; addresses, names, slots, memory, turn texts, replies and kept PMS actions are sealed with AES-GCM. Turns and
 * pending actions follow the new ids through their {@code on update cascade} foreign keys. One transaction.
 * Package {@code db.migration}, beside the SQL migrations, because Quarkus only runs Java migrations found in a
 * Flyway location; implements {@link JavaMigration} itself because Quarkus finds them in its index, which knows no
 * subclass of Flyway's unindexed {@code BaseJavaMigration}.
 */
public class V7__EncryptGuestData implements JavaMigration {

    private static final String[] ADD_COLUMNS = {
        """
        alter table conversations add column sealed_id bytea, add column guest_address_index text,
            add column guest_address_sealed bytea, add column guest_user_id_sealed bytea,
            add column guest_name_sealed bytea, add column slots_sealed bytea, add column dialogue_sealed bytea
        """,
        "alter table turns add column guest_text_sealed bytea, add column reply_sealed bytea",
        "alter table pending_actions add column action_sealed bytea, add column message_sealed bytea"};
    private static final String[] SWAP_COLUMNS = {
        """
        alter table conversations drop column guest_address, drop column guest_user_id, drop column guest_name,
            drop column slots, drop column dialogue
        """,
        "alter table conversations rename column guest_address_sealed to guest_address",
        "alter table conversations rename column guest_user_id_sealed to guest_user_id",
        "alter table conversations rename column guest_name_sealed to guest_name",
        "alter table conversations rename column slots_sealed to slots",
        "alter table conversations rename column dialogue_sealed to dialogue",
        "create index conversations_by_guest_address on conversations (guest_address_index)",
        "alter table turns drop column guest_text, drop column reply",
        "alter table turns rename column guest_text_sealed to guest_text",
        "alter table turns rename column reply_sealed to reply",
        "alter table pending_actions drop column action, drop column message",
        "alter table pending_actions rename column action_sealed to action",
        "alter table pending_actions rename column message_sealed to message",
        "alter table pending_actions alter column action set not null, alter column message set not null"};

    private final DataCipher cipher;

    /** As Flyway runs it: the key from the service's configuration. */
    public V7__EncryptGuestData() {
        this(null);
    }

    /** With a given key (tests migrating a scratch schema). */
    public V7__EncryptGuestData(DataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "encrypt guest data";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var key = cipher != null ? cipher
                : new DataCipher(ConfigProvider.getConfig().getValue("orchestrator.data-key", String.class));
        var connection = context.getConnection();
        try (var ddl = connection.createStatement()) {
            run(ddl, ADD_COLUMNS);
            sealConversations(connection, key);
            sealTurns(connection, key);
            sealPendingActions(connection, key);
            run(ddl, SWAP_COLUMNS);
        }
    }

    private static void sealConversations(Connection connection, DataCipher key) throws SQLException {
        try (var read = connection.createStatement(); var write = connection.prepareStatement("""
                update conversations set id = ?, sealed_id = ?, guest_address_index = ?, guest_address_sealed = ?,
                    guest_user_id_sealed = ?, guest_name_sealed = ?, slots_sealed = ?, dialogue_sealed = ?
                where id = ?
                """)) {
            var rows = read.executeQuery("""
                    select id, guest_address, guest_user_id, guest_name, slots::text, dialogue::text,
                           erased_at is not null from conversations
                    """);
            while (rows.next()) {
                var id = rows.getString(1);
                // an erased conversation's id is already random: nothing to hide, nothing to find it by
                var erased = rows.getBoolean(7);
                write.setString(1, erased ? id : key.index(id));
                write.setBytes(2, erased ? null : key.seal(id));
                write.setString(3, key.index(rows.getString(2)));
                write.setBytes(4, key.seal(rows.getString(2)));
                write.setBytes(5, key.seal(rows.getString(3)));
                write.setBytes(6, key.seal(rows.getString(4)));
                write.setBytes(7, key.seal(rows.getString(5)));
                write.setBytes(8, key.seal(rows.getString(6)));
                write.setString(9, id);
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static void sealTurns(Connection connection, DataCipher key) throws SQLException {
        try (var read = connection.createStatement(); var write = connection.prepareStatement(
                "update turns set guest_text_sealed = ?, reply_sealed = ? where id = ?")) {
            var rows = read.executeQuery("select id, guest_text, nullif(reply, 'null'::jsonb)::text from turns");
            while (rows.next()) {
                write.setBytes(1, key.seal(rows.getString(2)));
                write.setBytes(2, key.seal(rows.getString(3)));
                write.setLong(3, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static void sealPendingActions(Connection connection, DataCipher key) throws SQLException {
        try (var read = connection.createStatement(); var write = connection.prepareStatement(
                "update pending_actions set action_sealed = ?, message_sealed = ? where id = ?")) {
            var rows = read.executeQuery("select id, action::text, message::text from pending_actions");
            while (rows.next()) {
                write.setBytes(1, key.seal(rows.getString(2)));
                write.setBytes(2, key.seal(rows.getString(3)));
                write.setObject(3, rows.getObject(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    private static void run(Statement statement, String... sql) throws SQLException {
        for (var each : sql) {
            statement.execute(each);
        }
    }
}
