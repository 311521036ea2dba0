package dev.baton.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a free loopback port in front of a real server, so a test can take that server away from the
 * code under test without stopping it for everyone else: {@link #refuse()} closes every connection and refuses
 * new ones (a database that is down), {@link #blackHole()} keeps every connection open but answers no byte, new
 * ones included (a network partition or a frozen host: the case only timeouts end), {@link #restore()} heals.
 */
public final class TcpProxy implements AutoCloseable {
    private enum Mode { OPEN, REFUSING, BLACK_HOLE }

    private final InetSocketAddress upstream;
    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile Mode mode = Mode.OPEN;
    private volatile ServerSocket listener;

    private TcpProxy(InetSocketAddress upstream) throws IOException {
        this.upstream = upstream;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    public static TcpProxy to(String host, int port) {
        try {
            return new TcpProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Closes every connection and stops listening, so a new one is refused at once. */
    public synchronized void refuse() throws IOException {
        mode = Mode.REFUSING;
        listener.close();
        closeAll();
    }

    /** From now on no byte goes through either way, on the connections already open and on new ones. */
    public synchronized void blackHole() {
        mode = Mode.BLACK_HOLE;
    }

    /** Back to forwarding; the connections a black hole swallowed are closed (their streams lost bytes). */
    public synchronized void restore() throws IOException {
        if (mode == Mode.REFUSING) {
            listener = listen(port);
            acceptOn(listener);
        } else if (mode == Mode.BLACK_HOLE) {
            closeAll();
        }
        mode = Mode.OPEN;
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        return socket;
    }

    private void acceptOn(ServerSocket socket) {
        daemon("tcp-proxy-accept", () -> {
            while (!socket.isClosed()) {
                try {
                    connect(socket.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /** Pairs a client with a new upstream connection; in a black hole the client waits with no upstream at all. */
    private void connect(Socket client) throws IOException {
        sockets.add(client);
        if (mode == Mode.BLACK_HOLE) {
            daemon("tcp-proxy-swallow", () -> pump(client, null));
            return;
        }
        Socket server = new Socket();
        sockets.add(server);
        try {
            server.connect(upstream, 2_000);
        } catch (IOException e) {
            close(client);
            close(server);
            return;
        }
        daemon("tcp-proxy-up", () -> pump(client, server));
        daemon("tcp-proxy-down", () -> pump(server, client));
    }

    /** Copies {@code from} to {@code to} (dropping what arrives while the proxy is a black hole) until either ends. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream()) {
            OutputStream out = to == null ? null : to.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out != null && mode == Mode.OPEN) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (IOException closed) {
            // one side went away: the pair ends below
        } finally {
            close(from);
            if (to != null) {
                close(to);
            }
        }
    }

    private void closeAll() {
        sockets.forEach(this::close);
    }

    private void close(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void close() throws IOException {
        mode = Mode.REFUSING;
        listener.close();
        closeAll();
    }
}
