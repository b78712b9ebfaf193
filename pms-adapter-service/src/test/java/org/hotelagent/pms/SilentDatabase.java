package org.hotelagent.pms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A PostgreSQL that never answers: a local port that accepts connections and then stays silent, which the reactive
 * datasource is pointed at (Flyway keeps the real database over JDBC).
 */
public class SilentDatabase implements QuarkusTestResourceLifecycleManager {

    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private ServerSocket server;

    @Override
    public Map<String, String> start() {
        try {
            server = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("silent-database").start(this::acceptForever);
        return Map.of("quarkus.datasource.reactive.url",
                "postgresql://127.0.0.1:" + server.getLocalPort() + "/pms_test");
    }

    @Override
    public void stop() {
        try {
            server.close();
            for (var socket : held) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptForever() {
        while (!server.isClosed()) {
            try {
                held.add(server.accept());
            } catch (IOException closed) {
                return;
            }
        }
    }
}
