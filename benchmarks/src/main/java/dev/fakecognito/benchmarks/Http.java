package dev.fakecognito.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Raw HTTP/1.1 bytes: request building and response framing, with nothing in the way. */
final class Http {
    static final String TARGET_PREFIX = "AWSCognitoIdentityService.";

    private Http() {}

    /** A complete keep-alive awsJson request for one operation. */
    static byte[] apiRequest(int port, String operation, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "X-Amz-Target: " + TARGET_PREFIX + operation + "\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\n"
                + "Content-Length: " + body.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    static byte[] get(int port, String path) {
        return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Where a complete response ends in {@code buf[0..length)}, or -1 when more bytes are needed.
     * Understands {@code Content-Length} framing (what the fake sends).
     */
    static int responseEnd(byte[] buf, int length) {
        int headerEnd = -1;
        for (int i = 3; i < length; i++) {
            if (buf[i] == '\n' && buf[i - 1] == '\r' && buf[i - 2] == '\n' && buf[i - 3] == '\r') {
                headerEnd = i + 1;
                break;
            }
        }
        if (headerEnd < 0) {
            return -1;
        }
        int contentLength = contentLength(buf, headerEnd);
        int end = headerEnd + contentLength;
        return end <= length ? end : -1;
    }

    static int status(byte[] buf) {
        return (buf[9] - '0') * 100 + (buf[10] - '0') * 10 + (buf[11] - '0');
    }

    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);

    private static int contentLength(byte[] buf, int headerEnd) {
        outer:
        for (int i = 0; i + CONTENT_LENGTH.length < headerEnd; i++) {
            if (i > 0 && buf[i - 1] != '\n') {
                continue;
            }
            for (int k = 0; k < CONTENT_LENGTH.length; k++) {
                if (Character.toLowerCase(buf[i + k]) != CONTENT_LENGTH[k]) {
                    continue outer;
                }
            }
            int j = i + CONTENT_LENGTH.length;
            while (buf[j] == ' ') {
                j++;
            }
            int value = 0;
            while (buf[j] >= '0' && buf[j] <= '9') {
                value = value * 10 + (buf[j] - '0');
                j++;
            }
            return value;
        }
        return 0;
    }

    /** Sends one request on a fresh connection and returns the status (throws when nobody listens). */
    static int exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[16384];
            int length = 0;
            while (true) {
                if (length == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, length, buf.length - length);
                if (n < 0) {
                    throw new IOException("connection closed before a full response");
                }
                length += n;
                if (responseEnd(buf, length) >= 0) {
                    return status(buf);
                }
            }
        }
    }
}
