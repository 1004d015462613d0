package dev.fakecognito.server.internal.http;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the body of every request that may have one (API calls and admin writes alike) on the IO
 * thread, without blocking a worker, so that clients that stall mid-body cost nothing; one size limit
 * ({@link ApiHandler#MAX_REQUEST_BYTES}) for every body however it is framed. A body that cannot be
 * read whole (shorter than its {@code Content-Length} when the client stops sending, a
 * {@code Transfer-Encoding} other than chunked) is answered 400 and the connection closed: it never
 * looks like success. Malformed chunked framing is the exception: Undertow's decoder closes the
 * connection itself before any handler can answer.
 */
final class BodyReceiver {
    /** How much of a body over the limit is read and dropped before the 413 is sent. */
    private static final long MAX_DRAINED_BYTES = ApiHandler.CONNECTION_LIMIT_BYTES - ApiHandler.MAX_REQUEST_BYTES;

    private static final AttachmentKey<Received> BODY = AttachmentKey.create(Received.class);
    private static final Logger LOG = LoggerFactory.getLogger(BodyReceiver.class);

    private BodyReceiver() {}

    /** Whether this request's body is still to be received: any method but GET, HEAD and OPTIONS. */
    static boolean pending(HttpServerExchange exchange) {
        return exchange.getAttachment(BODY) == null
                && !Methods.GET.equals(exchange.getRequestMethod())
                && !Methods.HEAD.equals(exchange.getRequestMethod())
                && !Methods.OPTIONS.equals(exchange.getRequestMethod());
    }

    /**
     * Receives the body without blocking, whichever thread this is, then hands the exchange on (on the
     * IO thread, or at once when there is nothing to read). A body over the limit is counted, not kept,
     * and dropped after {@link #MAX_DRAINED_BYTES} more bytes; the exchange then goes on marked too large
     * and not persistent.
     */
    static void receive(HttpServerExchange exchange, Consumer<HttpServerExchange> next) {
        String unsupported = unsupportedFraming(exchange);
        if (unsupported != null) {
            fail(exchange, Received.broken(unsupported), next);
            return;
        }
        if (exchange.getRequestContentLength() > ApiHandler.CONNECTION_LIMIT_BYTES) {
            // Too large even to drain: answer at once (the client may see the connection close first).
            fail(exchange, Received.TOO_LARGE, next);
            return;
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long[] total = {0};
        exchange.getRequestReceiver()
                .receivePartialBytes(
                        (ex, bytes, last) -> {
                            total[0] += bytes.length;
                            if (total[0] <= ApiHandler.MAX_REQUEST_BYTES) {
                                kept.write(bytes, 0, bytes.length);
                            }
                            boolean giveUp = total[0] > ApiHandler.CONNECTION_LIMIT_BYTES;
                            if (last || giveUp) {
                                if (!last) {
                                    ex.getRequestReceiver().pause();
                                }
                                if (total[0] > ApiHandler.MAX_REQUEST_BYTES) {
                                    fail(ex, Received.TOO_LARGE, next);
                                } else {
                                    ex.putAttachment(BODY, new Received(kept.toByteArray(), null));
                                    next.accept(ex);
                                }
                            }
                        },
                        (ex, error) -> {
                            if (error instanceof RequestTooBigException) {
                                fail(ex, Received.TOO_LARGE, next);
                                return;
                            }
                            // The client stopped sending early or framed the body wrongly: its doing, so quietly.
                            LOG.debug(
                                    "Cannot read the body of {} {}: {}",
                                    ex.getRequestMethod(),
                                    ex.getRelativePath(),
                                    error.toString());
                            fail(
                                    ex,
                                    Received.broken("The request body could not be read whole: the connection"
                                            + " ended before its Content-Length."),
                                    next);
                        });
    }

    /**
     * The received body.
     *
     * @throws CognitoException 413 {@code RequestEntityTooLargeException} for a body over the limit, 400
     *                          {@code BadRequestException} for one that could not be read whole
     */
    static byte[] bytes(HttpServerExchange exchange) {
        Received body = exchange.getAttachment(BODY);
        if (body == null) {
            return new byte[0]; // a GET, HEAD or OPTIONS: no body is read
        }
        if (body.bytes() == null) {
            throw body.problem() == null
                    ? ApiHandler.tooLarge()
                    : new CognitoException(ErrorCode.BAD_REQUEST, body.problem());
        }
        return body.bytes();
    }

    /** RFC 9112 6.1: a server that does not understand a request's transfer coding answers 400 and closes. */
    private static String unsupportedFraming(HttpServerExchange exchange) {
        String codings = exchange.getRequestHeaders().getLast(Headers.TRANSFER_ENCODING);
        if (codings == null) {
            return null;
        }
        String[] parts = codings.split(",");
        String last = parts[parts.length - 1].trim();
        return last.equalsIgnoreCase("chunked")
                ? null
                : "Transfer-Encoding '" + dev.fakecognito.server.internal.errors.Echo.of(codings)
                        + "' is not supported: send the body with a Content-Length, or chunked.";
    }

    private static void fail(HttpServerExchange exchange, Received outcome, Consumer<HttpServerExchange> next) {
        exchange.setPersistent(false); // the rest of the connection's bytes cannot be trusted
        exchange.putAttachment(BODY, outcome);
        next.accept(exchange);
    }

    /**
     * A received body: its bytes, or {@code null} with the problem ({@code null} problem: too large).
     */
    private record Received(byte[] bytes, String problem) {
        static final Received TOO_LARGE = new Received(null, null);

        static Received broken(String problem) {
            return new Received(null, problem);
        }
    }
}
