package org.hotelagent.observability;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

import io.quarkus.logging.LoggingFilter;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Safety net behind {@link Masked} at the source: rewrites every log message so that e-mail addresses and phone-like
 * digit runs are masked, whoever logged them (our code, a library, an exception text quoted in a message), and so
 * are the messages of a logged exception and its causes ({@link MaskedThrowable}).
 * Enabled per handler with {@code quarkus.log.console.filter=guest-data}; it never drops a record.
 */
@LoggingFilter(name = "guest-data")
public final class GuestDataFilter implements Filter {

    @Override
    public boolean isLoggable(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            var message = ext.getFormattedMessage();
            var masked = Masked.inText(message);
            if (masked != null && !masked.equals(message)) {
                // Already formatted: the parameters must not be applied a second time.
                ext.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
                ext.setParameters(null);
            }
        } else {
            record.setMessage(Masked.inText(record.getMessage()));
        }
        if (record.getThrown() != null) {
            // "Connection to +34600111222 refused" in a stack trace is as much a log line as the message
            record.setThrown(MaskedThrowable.of(record.getThrown()));
        }
        return true;
    }
}
