package org.hotelagent.observability;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** Every log line written while open, with its thread and the MDC as it was when the line was written. */
public final class CapturedLogs extends Handler implements AutoCloseable {

    /** One written line. */
    public record Line(String message, String thread, Map<String, String> mdc) {
    }

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private CapturedLogs() {
    }

    public static CapturedLogs start() {
        var logs = new CapturedLogs();
        Logger.getLogger("").addHandler(logs);
        return logs;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The first line containing {@code text}; fails when there is none. */
    public Line containing(String text) {
        return lines.stream().filter(line -> line.message().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no log line contains " + text));
    }

    @Override
    public void publish(LogRecord record) {
        // The MDC is copied here, synchronously, on the thread and Vert.x context that logged the line.
        if (record instanceof ExtLogRecord ext) {
            lines.add(new Line(ext.getFormattedMessage(), ext.getThreadName(), ext.getMdcCopy()));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
