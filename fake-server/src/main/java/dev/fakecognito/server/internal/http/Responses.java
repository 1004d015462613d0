package dev.fakecognito.server.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import dev.fakecognito.server.internal.errors.CognitoException;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How every endpoint of the fake answers: a body with its status and type, and errors as the SDKs and
 * the CLI parse them ({@code __type} and {@code message} in the body, {@code x-amzn-ErrorType} and
 * {@code x-amzn-ErrorMessage} headers). Stateless.
 */
final class Responses {
    /** The media type of awsJson 1.1 calls and answers. */
    static final String AWS_JSON = "application/x-amz-json-1.1";
    /** The media type of the admin endpoints' documents. */
    static final String JSON = "application/json";

    static final HttpString REQUEST_ID = new HttpString("x-amzn-RequestId");
    static final HttpString ERROR_TYPE = new HttpString("x-amzn-ErrorType");
    static final HttpString ERROR_MESSAGE = new HttpString("x-amzn-ErrorMessage");
    /**
     * The longest {@code x-amzn-ErrorMessage} header: a longer message is cut there and ends in
     * {@code ...} (the body always has the whole message). Clients reject large headers (8 KiB in
     * Netty's default), and read the message from the body anyway.
     */
    static final int MAX_HEADER_MESSAGE = 1024;

    /** Jackson's streaming writer: thread-safe and never reconfigured (no data binding on this path). */
    static final JsonFactory JSON_FACTORY = new JsonFactory();

    private Responses() {}

    /** An awsJson answer. */
    static void sendJson(HttpServerExchange exchange, int status, String body) {
        send(exchange, status, AWS_JSON, body);
    }

    static void send(HttpServerExchange exchange, int status, String contentType, String body) {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static void send(HttpServerExchange exchange, int status, String contentType, byte[] bytes) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    /** Renders an error as the SDKs and the CLI parse it: {@code __type} and {@code message}, and both headers. */
    static void sendError(HttpServerExchange exchange, CognitoException error) {
        sendError(exchange, error.code().type(), error.code().httpStatus(), error.getMessage());
    }

    /** The same for an error of any type (an injected fault's). */
    static void sendError(HttpServerExchange exchange, String type, int status, String message) {
        if (exchange.isResponseStarted()) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().put(ERROR_TYPE, type + ":");
        if (message != null && isHeaderSafe(message)) {
            exchange.getResponseHeaders()
                    .put(
                            ERROR_MESSAGE,
                            message.length() <= MAX_HEADER_MESSAGE
                                    ? message
                                    : message.substring(0, MAX_HEADER_MESSAGE - 3) + "...");
        }
        send(exchange, status, AWS_JSON, errorBody(type, message));
    }

    /** {@code {"__type": type, "message": message}}. */
    static byte[] errorBody(String type, String message) {
        try (ByteArrayBuilder bytes = new ByteArrayBuilder(64 + (message == null ? 0 : message.length()))) {
            try (JsonGenerator json = JSON_FACTORY.createGenerator(bytes)) {
                json.writeStartObject();
                json.writeStringField("__type", type);
                json.writeStringField("message", message);
                json.writeEndObject();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
    }

    /**
     * A request id: unique, not secret, so it need not come from the (locked) {@code SecureRandom}
     * behind {@link UUID#randomUUID()}. Formatted as a version 4 UUID, like AWS's.
     */
    static String requestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** A header can only carry printable ASCII faithfully; otherwise clients read the message from the body. */
    private static boolean isHeaderSafe(String message) {
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
