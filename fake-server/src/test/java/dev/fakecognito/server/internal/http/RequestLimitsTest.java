package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLimitsTest extends ProtocolTestBase {
    private static final int ONE_MIB = 1024 * 1024;

    /** A syntactically valid CreateIdentityPool body of exactly {@code size} bytes. */
    private static byte[] createPoolBody(int size) {
        String head = "{\"IdentityPoolName\":\"";
        String tail = "\",\"AllowUnauthenticatedIdentities\":true}";
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, size - tail.length(), tail.length());
        return body;
    }

    private HttpRequest.Builder createPoolRequest(HttpRequest.BodyPublisher body) {
        return request("/")
                .POST(body)
                .header("X-Amz-Target", TARGET_PREFIX + "CreateIdentityPool")
                .header("Content-Type", AWS_JSON);
    }

    private void assertStillAnswering() {
        assertThat(ok(get("/_fake/health")).path("status").asText()).isEqualTo("UP");
        assertThat(ok(call("ListIdentityPools", "{\"MaxResults\":5}")).has("IdentityPools"))
                .isTrue();
    }

    @Test
    void bodyOverOneMebibyteWithContentLengthIsRefused() {
        int before = countPools();

        HttpResponse<String> response =
                send(createPoolRequest(HttpRequest.BodyPublishers.ofByteArray(createPoolBody(ONE_MIB + 1))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("__type").asText()).isNotEmpty();
        assertThat(response.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(countPools()).isEqualTo(before);
        assertStillAnswering();
    }

    @Test
    void severalMebibytesWithContentLengthAreRefused() {
        HttpResponse<String> response =
                send(createPoolRequest(HttpRequest.BodyPublishers.ofByteArray(createPoolBody(8 * ONE_MIB))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("__type").asText()).isNotEmpty();
        assertStillAnswering();
    }

    @Test
    void chunkedBodyOverOneMebibyteIsRefused() {
        int before = countPools();
        byte[] body = createPoolBody(3 * ONE_MIB);

        HttpResponse<String> response =
                send(createPoolRequest(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

        assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).path("__type").asText()).isNotEmpty();
        assertThat(countPools()).isEqualTo(before);
        assertStillAnswering();
    }

    @Test
    void bodyOfExactlyOneMebibyteIsStillRead() {
        // Padding with whitespace keeps the body valid JSON; the limit is on bytes over 1 MiB only.
        String json = "{\"MaxResults\":5}";
        byte[] body = (json + " ".repeat(ONE_MIB - json.length())).getBytes(StandardCharsets.US_ASCII);
        assertThat(body).hasSize(ONE_MIB);

        JsonNode list = ok(send(request("/")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("X-Amz-Target", TARGET_PREFIX + "ListIdentityPools")
                .header("Content-Type", AWS_JSON)));

        assertThat(list.has("IdentityPools")).isTrue();
    }

    @Test
    void chunkedBodyUnderOneMebibyteIsRead() {
        for (int size : new int[] {100 * 1024, 300 * 1024, 700 * 1024, ONE_MIB}) {
            String json = "{\"MaxResults\":5}";
            byte[] body = (json + " ".repeat(size - json.length())).getBytes(StandardCharsets.US_ASCII);

            HttpResponse<String> response = send(request("/")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .header("X-Amz-Target", TARGET_PREFIX + "ListIdentityPools")
                    .header("Content-Type", AWS_JSON));

            assertThat(response.request().headers().firstValue("Content-Length"))
                    .isEmpty();
            assertThat(ok(response).has("IdentityPools"))
                    .as("chunked body of %d bytes", size)
                    .isTrue();
        }
    }

    @Test
    void requestsAfterManyRefusedBodiesStillSucceed() {
        for (int i = 0; i < 5; i++) {
            byte[] body = createPoolBody(ONE_MIB + 1000 * i + 1);
            assertThat(send(createPoolRequest(HttpRequest.BodyPublishers.ofByteArray(body)))
                            .statusCode())
                    .isEqualTo(413);
            assertThat(send(createPoolRequest(
                                    HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))))
                            .statusCode())
                    .isEqualTo(413);
        }
        assertStillAnswering();
    }

    @Test
    void aClientThatSendsLessThanItsContentLengthDoesNotBlockOthers() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            // More stalled clients than the server has worker threads, each holding a half-sent request
            // open: bodies are read without blocking a worker, so the others are still answered.
            for (int i = 0; i < 64; i++) {
                Socket socket = new Socket(fake.endpoint().getHost(), fake.port());
                socket.setSoTimeout(2_000);
                stalled.add(socket);
                OutputStream out = socket.getOutputStream();
                out.write(("POST / HTTP/1.1\r\n"
                                + "Host: " + fake.endpoint().getAuthority() + "\r\n"
                                + "Content-Type: " + AWS_JSON + "\r\n"
                                + "X-Amz-Target: " + TARGET_PREFIX + "ListIdentityPools\r\n"
                                + "Content-Length: 1000\r\n"
                                + "\r\n"
                                + "{\"MaxResults\":")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }

            for (int i = 0; i < 10; i++) {
                assertStillAnswering();
                createPool(true);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
        assertStillAnswering();
    }

    @Test
    void aClientThatSendsOnlyPartOfItsHeadersDoesNotBlockOthers() throws Exception {
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: " + fake.endpoint().getAuthority() + "\r\nX-Amz-Tar")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertStillAnswering();
        }
        assertStillAnswering();
    }

    @Test
    void malformedRequestLineGetsA4xxAndTheServerKeepsAnswering() throws Exception {
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("THIS IS NOT HTTP\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            String statusLine = new String(head, StandardCharsets.US_ASCII);
            // Either a 4xx status line or a closed connection: never a 5xx.
            if (!statusLine.isEmpty()) {
                assertThat(statusLine).startsWith("HTTP/1.1 4");
            }
        }
        assertStillAnswering();
    }
}
