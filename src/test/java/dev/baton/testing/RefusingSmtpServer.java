package dev.baton.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server that refuses every recipient with {@code 550 5.1.1}, as a mail server does for an address that
 * does not exist (GreenMail accepts every address); records the refused addresses.
 */
public final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<String> refused = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private RefusingSmtpServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static RefusingSmtpServer start() throws IOException {
        return new RefusingSmtpServer();
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<String> refused() {
        return refused;
    }

    private void accept() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed, or the client went away: take the next
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
        reply(out, "220 refusing.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "EHLO", "HELO" -> reply(out, "250 refusing.test");
                case "MAIL" -> reply(out, "250 2.1.0 OK");
                case "RCPT" -> {
                    refused.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                    reply(out, "550 5.1.1 No such user here");
                }
                case "RSET", "NOOP" -> reply(out, "250 2.0.0 OK");
                case "QUIT" -> {
                    reply(out, "221 2.0.0 Bye");
                    return;
                }
                default -> reply(out, "502 5.5.2 Command not implemented");
            }
        }
    }

    private static void reply(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
