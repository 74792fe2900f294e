package org.allianceledger.command.outage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A TCP proxy in front of PostgreSQL that breaks connections the way a failing network or a restarting database
 * does, at a chosen moment of one command's transaction: the transaction is recognised by a marker (an alliance
 * id) in the statements a connection sends once the break is armed, which the driver sends as text when its
 * server-side prepared statements are off ({@code prepareThreshold=0}). Down, it refuses every connection.
 */
final class BreakingProxy implements AutoCloseable {

    /** Where the marked transaction's connection breaks. */
    enum Break {
        /** on its first statement naming the marker: nothing can have been written */
        AT_FIRST_STATEMENT,
        /** as it sends COMMIT, which never reaches the server: rolled back */
        COMMIT_NEVER_ARRIVES,
        /** after the server committed, before the client hears so: recorded */
        REPLY_TO_COMMIT_LOST
    }

    private record Armed(String marker, Break at, boolean thenDown, CountDownLatch fired) {
    }

    private final ServerSocket listener;
    private final String host;
    private final int port;
    private final Set<Link> links = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Armed> armed = new AtomicReference<>();
    private volatile boolean down;

    private BreakingProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "breaking-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static BreakingProxy to(String host, int port) {
        try {
            return new BreakingProxy(host, port);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Breaks the next transaction that names the marker; the latch counts down when it broke. */
    CountDownLatch arm(String marker, Break at, boolean thenDown) {
        Armed rule = new Armed(marker, at, thenDown, new CountDownLatch(1));
        armed.set(rule);
        return rule.fired();
    }

    void down() {
        down = true;
        links.forEach(Link::close);
    }

    void up() {
        down = false;
    }

    @Override
    public void close() throws IOException {
        down();
        listener.close();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (down) {
                    client.close();
                    continue;
                }
                Link link = new Link(client, new Socket(host, port));
                links.add(link);
                link.start();
            } catch (IOException e) {
                // closed, or the database refused: the client sees its connection fail
            }
        }
    }

    private void fired(Armed rule) {
        if (rule.thenDown()) {
            down();
        }
        rule.fired().countDown();
    }

    /** One client connection and its connection to the server, pumped both ways. */
    private final class Link {

        private final Socket client;
        private final Socket server;
        private Armed watching;
        private String seen = "";
        private boolean marked;
        private volatile Armed swallowReply;

        Link(Socket client, Socket server) {
            this.client = client;
            this.server = server;
        }

        void start() {
            Thread up = new Thread(this::clientToServer, "breaking-proxy-up");
            Thread downstream = new Thread(this::serverToClient, "breaking-proxy-down");
            up.setDaemon(true);
            downstream.setDaemon(true);
            up.start();
            downstream.start();
        }

        private void clientToServer() {
            byte[] buffer = new byte[16384];
            try (InputStream in = client.getInputStream(); OutputStream out = server.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (breaksOn(new String(buffer, 0, n, StandardCharsets.ISO_8859_1))) {
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                close();
            }
        }

        /** Whether this chunk breaks the connection before it is forwarded. */
        private boolean breaksOn(String chunk) {
            Armed rule = armed.get();
            if (rule != watching) {
                // only what is sent once armed counts: a pooled connection remembers nothing of its past
                watching = rule;
                seen = "";
                marked = false;
            }
            if (rule == null) {
                return false;
            }
            String window = seen + chunk;
            seen = window.substring(Math.max(0, window.length() - 256));
            int marker = window.indexOf(rule.marker());
            if (!marked && marker < 0) {
                return false;
            }
            int from = marked ? 0 : marker;
            marked = true;
            switch (rule.at()) {
                case AT_FIRST_STATEMENT -> {
                    if (armed.compareAndSet(rule, null)) {
                        close();
                        fired(rule);
                        return true;
                    }
                }
                case COMMIT_NEVER_ARRIVES -> {
                    if (window.indexOf("COMMIT", from) >= 0 && armed.compareAndSet(rule, null)) {
                        close();
                        fired(rule);
                        return true;
                    }
                }
                case REPLY_TO_COMMIT_LOST -> {
                    if (window.indexOf("COMMIT", from) >= 0 && armed.compareAndSet(rule, null)) {
                        swallowReply = rule;
                    }
                }
            }
            return false;
        }

        private void serverToClient() {
            byte[] buffer = new byte[16384];
            try (InputStream in = server.getInputStream(); OutputStream out = client.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    Armed rule = swallowReply;
                    if (rule != null) {
                        close();
                        fired(rule);
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // either side went away
            } finally {
                close();
            }
        }

        void close() {
            links.remove(this);
            try {
                client.close();
            } catch (IOException ignored) {
                // closing anyway
            }
            try {
                server.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
