package dev.fakecognito.server.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Error answers never grow with the input: at most 10 violations listed (as AWS lists them), echoed
 * values cut at 256 characters, messages at 8,192, the {@code x-amzn-ErrorMessage} header at 1,024;
 * and the whole answer reaches a client that reads late.
 */
class ErrorBoundsTest extends ProtocolTestBase {

    /** A DeleteIdentities body with {@code n} ids that each break the IdentityId pattern. */
    private static String badIds(int n) {
        StringBuilder body = new StringBuilder(n * 6).append("{\"IdentityIdsToDelete\":[");
        for (int i = 0; i < n; i++) {
            body.append(i == 0 ? "\"" : ",\"").append(i).append('"');
        }
        return body.append("]}").toString();
    }

    @Test
    void fiftyThousandBadIdsListTenViolationsInABoundedAnswer() {
        HttpResponse<String> response = call("DeleteIdentities", badIds(50_000));

        String message = assertError(response, 400, "ValidationException");
        assertThat(message).startsWith("10 validation errors detected: Value '[0, 1, 2, 3,");
        assertThat(message.split("; ")).hasSize(10);
        assertThat(message.length()).isLessThan(4096);
        // The list is echoed cut at 256 characters.
        assertThat(message)
                .contains("...' at 'identityIdsToDelete' failed to satisfy constraint: Member must have length"
                        + " less than or equal to 60");
        String header = response.headers().firstValue("x-amzn-ErrorMessage").orElseThrow();
        assertThat(header.length()).isLessThanOrEqualTo(Responses.MAX_HEADER_MESSAGE);
        assertThat(message).startsWith(header.substring(0, header.length() - 3));
    }

    @Test
    void aClientThatReadsLateStillGetsTheWholeAnswer() throws Exception {
        byte[] body = badIds(50_000).getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = new Socket(fake.endpoint().getHost(), fake.port())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST / HTTP/1.1\r\nHost: " + fake.endpoint().getAuthority() + "\r\n"
                            + "X-Amz-Target: " + TARGET_PREFIX + "DeleteIdentities\r\n"
                            + "Content-Type: " + AWS_JSON + "\r\nConnection: close\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            Thread.sleep(500); // the answer waits for the client

            byte[] answer = readAll(socket.getInputStream());

            String text = new String(answer, StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            assertThat(text).startsWith("HTTP/1.1 400 ");
            String head = text.substring(0, split);
            byte[] payload = Arrays.copyOfRange(answer, split + 4, answer.length);
            long declared = head.lines()
                    .filter(line -> line.toLowerCase().startsWith("content-length:"))
                    .mapToLong(line -> Long.parseLong(line.substring(15).trim()))
                    .findFirst()
                    .orElseThrow();
            assertThat(payload).hasSize((int) declared);
            assertThat(json(new String(payload, StandardCharsets.UTF_8))
                            .path("__type")
                            .asText())
                    .isEqualTo("ValidationException");
        }
    }

    @Test
    void anEchoedHeaderValueIsCut() {
        String target = TARGET_PREFIX + "X".repeat(100_000);

        String message = assertError(post(target, AWS_JSON, "{}"), 400, "UnknownOperationException");

        assertThat(message).hasSize("Unknown operation ".length() + 256 + "...".length() + 1);
        assertThat(message).endsWith("XXX....");
    }

    @Test
    void anEchoedPathIsCut() {
        String message = assertError(get("/" + "p".repeat(20_000)), 400, "UnknownOperationException");

        assertThat(message.length()).isLessThan(400);
    }

    @Test
    void theJournalKeepsTheBoundedMessage() {
        call("DeleteIdentities", badIds(5_000));

        JsonNode last = json(get("/_fake/requests")).path("requests");
        String recorded = last.get(last.size() - 1).path("errorMessage").asText();
        assertThat(recorded).startsWith("10 validation errors detected: ");
        assertThat(recorded.length()).isLessThan(4096);
    }

    private static byte[] readAll(InputStream in) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
