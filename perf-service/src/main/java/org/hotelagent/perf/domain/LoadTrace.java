package org.hotelagent.perf.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Messages arriving per minute over a period, read from a {@code minute,messages} CSV ({@code #} starts a comment). */
public record LoadTrace(List<Integer> messagesPerMinute) {

    public LoadTrace {
        messagesPerMinute = List.copyOf(messagesPerMinute);
    }

    /** The hotel-day trace shipped with perf-service (see {@code backtest/hotel-day.csv}). */
    public static LoadTrace hotelDay() {
        try (var csv = LoadTrace.class.getResourceAsStream("/backtest/hotel-day.csv")) {
            return read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static LoadTrace read(InputStream csv) throws IOException {
        var minutes = new ArrayList<Integer>();
        var reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        for (var line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            var fields = line.split(",");
            if (Integer.parseInt(fields[0].trim()) != minutes.size()) {
                throw new IllegalArgumentException("minutes must be consecutive from 0: " + line);
            }
            minutes.add(Integer.parseInt(fields[1].trim()));
        }
        return new LoadTrace(minutes);
    }

    public long totalMessages() {
        return messagesPerMinute.stream().mapToLong(Integer::longValue).sum();
    }

    /** Arrivals in second {@code second}, the minute's count spread evenly (fractions carried to the next second). */
    public double arrivalsAt(int second) {
        return messagesPerMinute.get(second / 60) / 60.0;
    }

    public int seconds() {
        return messagesPerMinute.size() * 60;
    }
}
