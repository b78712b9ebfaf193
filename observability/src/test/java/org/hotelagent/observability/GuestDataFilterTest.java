package org.hotelagent.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;

class GuestDataFilterTest {

    private final GuestDataFilter filter = new GuestDataFilter();

    @Test
    void masksGuestDataInTheFormattedMessageAndKeepsTheRecord() {
        var record = new ExtLogRecord(Level.WARNING, "Mail from %s (%s) refused: %s", ExtLogRecord.FormatStyle.PRINTF,
                getClass().getName());
        record.setParameters(new Object[] {"ana.lopez@example.com", "+34600111222", "550 mailbox full"});

        var loggable = filter.isLoggable(record);

        assertThat(loggable).isTrue();
        assertThat(record.getFormattedMessage())
                .isEqualTo("Mail from a***@example.com (***1222) refused: 550 mailbox full");
    }

    @Test
    void leavesAMessageWithoutGuestDataUntouched() {
        var record = new ExtLogRecord(Level.INFO, "Reply {0} sent", ExtLogRecord.FormatStyle.MESSAGE_FORMAT,
                getClass().getName());
        record.setParameters(new Object[] {"r-1"});

        filter.isLoggable(record);

        assertThat(record.getMessage()).isEqualTo("Reply {0} sent");
        assertThat(record.getFormattedMessage()).isEqualTo("Reply r-1 sent");
    }

    @Test
    void masksGuestDataInALoggedExceptionAndItsCausesKeepingTheirFrames() {
        var cause = new IllegalStateException("mailbox ana.lopez@example.com is full");
        var thrown = new IOException("no route to +34 600 111 222", cause);
        thrown.addSuppressed(new IllegalArgumentException("retry for 34600111222 failed"));
        var record = new ExtLogRecord(Level.SEVERE, "Send failed", ExtLogRecord.FormatStyle.NO_FORMAT,
                getClass().getName());
        record.setThrown(thrown);

        filter.isLoggable(record);
        var logged = new PatternFormatter("%m%n%e").format(record);

        assertThat(logged).contains("java.io.IOException: no route to ***1222",
                "Caused by: java.lang.IllegalStateException: mailbox a***@example.com is full",
                "Suppressed: java.lang.IllegalArgumentException: retry for ***1222 failed",
                "masksGuestDataInALoggedExceptionAndItsCausesKeepingTheirFrames");
        assertThat(logged).doesNotContain("600 111 222", "34600111222", "ana.lopez");
        assertThat(record.getThrown().getStackTrace()).isEqualTo(thrown.getStackTrace());
    }

    @Test
    void logsAnExceptionWithoutGuestDataAsItIs() {
        var thrown = new IOException("connection reset", new IllegalStateException("broker 127.0.0.1:9092 down"));
        var record = new ExtLogRecord(Level.SEVERE, "Send failed", ExtLogRecord.FormatStyle.NO_FORMAT,
                getClass().getName());
        record.setThrown(thrown);

        filter.isLoggable(record);

        assertThat(record.getThrown()).isSameAs(thrown);
    }
}
