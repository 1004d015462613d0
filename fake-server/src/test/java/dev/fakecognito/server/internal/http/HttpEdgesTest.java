package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Framing edges over raw sockets: a body that cannot be read whole is answered 400
 * {@code BadRequestException} and the connection closed (malformed chunked framing: closed by Undertow
 * without an answer), never a success and never a hang; admin
 * uploads are received like API bodies (same limit, never blocking a worker); idle and slow
 * connections are cut after 30 s.
 */
class HttpEdgesTest extends ProtocolTestBase {

    /** What the server sent before closing (or until the read timed out). */
    private record Answer(String text, boolean closed) {
        String statusLine() {
            int end = text.indexOf("\r\n");
            return end < 0 ? text : text.substring(0, end);
        }

        String body() {
            int start = text.indexOf("\r\n\r\n");
            return start < 0 ? "" : text.substring(start + 4);
        }
    }

    private Answer exchange(String request, boolean halfClose) throws IOException {
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            boolean closed = true;
            try {
                InputStream in = socket.getInputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                closed = false;
            }
            return new Answer(received.toString(StandardCharsets.ISO_8859_1), closed);
        }
    }

    private String head(String path, String operation) {
        return "POST " + path + " HTTP/1.1\r\nHost: " + fake.endpoint().getAuthority() + "\r\n"
                + (operation == null ? "" : "X-Amz-Target: " + TARGET_PREFIX + operation + "\r\n")
                + "Content-Type: " + AWS_JSON + "\r\n";
    }

    private static void assertBadRequestAndClosed(Answer answer, String messagePart) {
        assertThat(answer.statusLine()).as(answer.text()).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(answer.text()).containsIgnoringCase("Connection: close");
        assertThat(json(answer.body()).path("__type").asText()).isEqualTo("BadRequestException");
        assertThat(json(answer.body()).path("message").asText()).contains(messagePart);
        assertThat(answer.closed()).as("the server closed the connection").isTrue();
    }

    @Test
    void aBodyShorterThanItsContentLengthThenHalfCloseNeverLooksLikeSuccess() throws IOException {
        String poolId = createPool(true);
        String body = "{\"IdentityPoolId\":\"" + poolId + "\"}";

        Answer answer = exchange(
                head("/", "DeleteIdentityPool") + "Content-Length: " + (body.length() + 20) + "\r\n\r\n" + body, true);

        assertBadRequestAndClosed(answer, "could not be read whole");
        // Not deleted: the call never ran.
        assertThat(ok(call("DescribeIdentityPool", body)).path("IdentityPoolId").asText())
                .isEqualTo(poolId);
    }

    /**
     * Undertow's chunked decoder closes the connection itself on malformed framing, before any handler
     * can answer (it guards against request smuggling): the client sees the connection end, never a
     * status, and the fake goes on serving.
     */
    @Test
    void anInvalidChunkSizeClosesTheConnectionWithoutAnAnswer() throws IOException {
        Answer answer = exchange(
                head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n", false);

        assertThat(answer.text()).isEmpty();
        assertThat(answer.closed()).isTrue();
        assertThat(ok(call("ListIdentityPools", "{\"MaxResults\":1}")).has("IdentityPools"))
                .isTrue();
    }

    @Test
    void aChunkedBodyCutShortClosesTheConnectionWithoutAnAnswer() throws IOException {
        Answer answer =
                exchange(head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"MaxRes", true);

        assertThat(answer.text()).isEmpty();
        assertThat(answer.closed()).isTrue();
    }

    @Test
    void anUnsupportedTransferEncodingIsAnsweredAndClosedWithoutWaiting() throws IOException {
        Answer answer =
                exchange(head("/", "ListIdentityPools") + "Transfer-Encoding: gzip\r\n\r\n{\"MaxResults\":5}", false);

        assertBadRequestAndClosed(answer, "Transfer-Encoding 'gzip' is not supported");
    }

    @Test
    void gzipUnderChunkedIsReadAsTheBodyItIs() throws IOException {
        Answer answer = exchange(
                head("/", "ListIdentityPools") + "Transfer-Encoding: gzip, chunked\r\nConnection: close\r\n\r\n"
                        + "3\r\n{}x\r\n0\r\n\r\n",
                false);

        assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 400 Bad Request");
        assertThat(json(answer.body()).path("__type").asText()).isEqualTo("SerializationException");
    }

    @Test
    void anAdminUploadCutShortIsA400NotA500() throws IOException {
        Answer answer = exchange(
                head("/_fake/fixtures", null) + "X-Fake-Cognito-Admin: 1\r\nContent-Length: 100\r\n\r\n"
                        + "identityPools: []",
                true);

        assertBadRequestAndClosed(answer, "could not be read whole");
    }

    @Test
    void aChunkedFixtureOverOneMebibyteIsRefusedBeforeParsing() {
        byte[] document = ("identityPools: []\n" + "#".repeat(2 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send(request("/_fake/fixtures")
                .header("X-Fake-Cognito-Admin", "1")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(document))));

        assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("__type").asText()).isEqualTo("RequestEntityTooLargeException");
    }

    @Test
    void stalledAdminUploadsDoNotBlockHealthOrTheApi() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            // More stalled uploads than the server has worker threads.
            for (int i = 0; i < 40; i++) {
                Socket socket = new Socket(fake.endpoint().getHost(), fake.port());
                stalled.add(socket);
                socket.getOutputStream()
                        .write((head("/_fake/fixtures", null)
                                        + "X-Fake-Cognito-Admin: 1\r\nContent-Length: 1000\r\n\r\n"
                                        + "identityPools:\n")
                                .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            for (int i = 0; i < 5; i++) {
                assertThat(ok(get("/_fake/health")).path("status").asText()).isEqualTo("UP");
                assertThat(ok(call("GetId", "{\"IdentityPoolId\":\"" + createPool(true) + "\"}"))
                                .path("IdentityId")
                                .asText())
                        .isNotEmpty();
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aSlowlorisConnectionIsCutAfterThirtySeconds() throws IOException {
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(60_000);
            socket.getOutputStream()
                    .write(("POST / HTTP/1.1\r\nHost: " + fake.endpoint().getAuthority() + "\r\nX-Amz-Tar")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            long start = System.nanoTime();

            int read = socket.getInputStream().read();

            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(read).as("closed without an answer").isEqualTo(-1);
            assertThat(seconds).isBetween(25.0, 50.0);
        }
    }
}
