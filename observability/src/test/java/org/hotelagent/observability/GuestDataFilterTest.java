package org.hotelagent.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.junit.jupiter.api.Test;

import org.jboss.logmanager.ExtLogRecord;

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
}
