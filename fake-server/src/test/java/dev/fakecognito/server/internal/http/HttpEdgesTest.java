package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fakecognito.server.FakeCognitoIdentity;
import dev.fakecognito.server.TestHooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Framing edges over raw sockets: a body that cannot be read whole (cut short, or with malformed
 * chunked framing: RFC 9112 asks for a 400) is answered 400 {@code BadRequestException} and the
 * connection closed, never a success and never a hang; admin uploads are received like API bodies (same limit, never blocking a worker); idle and slow
 * connections are cut after the listener's time-outs (30 s and more by default; {@value #TIMEOUT_MS} ms
 * here, so that no test waits long).
 */
class HttpEdgesTest extends ProtocolTestBase {
    private static final long TIMEOUT_MS = 800;

    @Override
    protected FakeCognitoIdentity.Builder configure(FakeCognitoIdentity.Builder builder) {
        return TestHooks.httpTimeouts(builder, Duration.ofMillis(TIMEOUT_MS));
    }

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
            socket.setSoTimeout(5_000); // only reached when the fake neither answers nor closes
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

    @Test
    void aChunkSizeThatIsNotHexadecimalIsA400AndTheConnectionIsClosed() throws IOException {
        for (String size : List.of("zz", "ZZ", "-1", "0x10", ";ext", "")) {
            Answer answer = exchange(
                    head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\n\r\n" + size
                            + "\r\n{}\r\n0\r\n\r\n",
                    false);

            assertBadRequestAndClosed(answer, "chunked framing is malformed");
        }
        assertThat(ok(call("ListIdentityPools", "{\"MaxResults\":1}")).has("IdentityPools"))
                .as("the fake serves on")
                .isTrue();
    }

    @Test
    void aChunkSizeTooLargeToHoldIsA400() throws IOException {
        for (String size : List.of("ffffffffffffffff", "1000000000000000", "00000000000000000000fffffffffffffffff")) {
            Answer answer = exchange(
                    head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\n\r\n" + size + "\r\n{}", false);

            assertBadRequestAndClosed(answer, "a chunk size is too large");
        }
    }

    @Test
    void garbageAfterAChunksDataIsA400NotSkipped() throws IOException {
        Answer answer = exchange(
                head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\n\r\n"
                        + "10\r\n{\"MaxResults\":1}XY\r\n0\r\n\r\n",
                false);

        assertBadRequestAndClosed(answer, "must be followed by CRLF");
    }

    @Test
    void aMalformedChunkThatArrivesLateIsStillA400() throws Exception {
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write((head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\n\r\n4\r\n{\"Ma\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(200); // the head and the first chunk are read before the rest is sent
            out.write("zz\r\nxResults\":1}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();

            Answer answer =
                    new Answer(new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1), true);

            assertBadRequestAndClosed(answer, "chunked framing is malformed");
        }
    }

    @Test
    void aChunkedBodyCutShortIsA400() throws IOException {
        Answer answer =
                exchange(head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"MaxRes", true);

        assertBadRequestAndClosed(answer, "ended before its last chunk");
    }

    @Test
    void wellFormedChunkedBodiesWithExtensionsTrailersAndBareLineFeedsAreRead() throws IOException {
        String body = "{\"MaxResults\":1}"; // 16 bytes: 0x10
        for (String framing : List.of(
                "10\r\n" + body + "\r\n0\r\n\r\n",
                "010 ;name=value\r\n" + body + "\r\n0;last\r\nX-Trailer: yes\r\n\r\n",
                "8\r\n" + body.substring(0, 8) + "\r\n8\r\n" + body.substring(8) + "\r\n00\r\n\r\n",
                "10\n" + body + "\n0\n\n")) {
            Answer answer = exchange(
                    head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                            + framing,
                    false);

            assertThat(answer.statusLine()).as(framing).isEqualTo("HTTP/1.1 200 OK");
            assertThat(json(answer.body()).has("IdentityPools")).isTrue();
        }
    }

    @Test
    void aRequestAfterAChunkedOneOnTheSameConnectionIsAnsweredToo() throws IOException {
        String list = "{\"MaxResults\":1}";
        Answer answer = exchange(
                head("/", "ListIdentityPools") + "Transfer-Encoding: chunked\r\n\r\n10\r\n" + list
                        + "\r\n0\r\n\r\n" + head("/", "ListIdentityPools") + "Content-Length: 16\r\n"
                        + "Connection: close\r\n\r\n" + list,
                false);

        assertThat(answer.text().split("HTTP/1.1 200 OK", -1)).as(answer.text()).hasSize(3);
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
    void aSlowlorisConnectionIsCutAfterTheTimeOutWithoutAnAnswer() throws IOException {
        // Measured from before the connection exists, so the fake's time-out can only have begun later:
        // however slow this machine, the lower bound holds, and no upper bound is asserted.
        long start = System.nanoTime();
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream()
                    .write(("POST / HTTP/1.1\r\nHost: " + fake.endpoint().getAuthority() + "\r\nX-Amz-Tar")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            int read = socket.getInputStream().read();

            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(read).as("closed without an answer").isEqualTo(-1);
            assertThat(waitedMs).as("not before the time-out").isGreaterThanOrEqualTo(TIMEOUT_MS / 2);
        }
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterTheTimeOut() throws IOException {
        Answer answer =
                exchange(head("/", "ListIdentityPools") + "Content-Length: 16\r\n\r\n{\"MaxResults\":5}", false);

        assertThat(answer.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(answer.closed()).as("closed by the fake once idle").isTrue();
    }
}
