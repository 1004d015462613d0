package dev.fakecognito.server.internal.http;

import dev.fakecognito.server.internal.errors.CognitoException;
import dev.fakecognito.server.internal.errors.ErrorCode;
import io.undertow.conduits.ChunkedStreamSourceConduit;
import io.undertow.conduits.ConduitListener;
import io.undertow.conduits.ReadDataStreamSourceConduit;
import io.undertow.connector.PooledByteBuffer;
import io.undertow.io.Receiver;
import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.protocol.http.HttpServerConnection;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.ChannelListener;
import org.xnio.channels.StreamSourceChannel;

/**
 * Receives the body of every request that may have one (API calls and admin writes alike) on the IO
 * thread, without blocking a worker, so that clients that stall mid-body cost nothing; one size limit
 * ({@link #MAX_REQUEST_BYTES}) for every body however it is framed. A body that cannot be
 * read whole (shorter than its {@code Content-Length} when the client stops sending, a
 * {@code Transfer-Encoding} other than chunked) is answered 400 and the connection closed: it never
 * looks like success; so is malformed chunked framing, which {@link ChunkedFraming} finds before
 * Undertow's decoder would close the connection without an answer.
 */
final class BodyReceiver {
    /** The documented limit on a request body. */
    static final long MAX_REQUEST_BYTES = 1024 * 1024;
    /**
     * The hard limit for the HTTP server (Undertow's max entity size): beyond it the connection is dropped
     * without an answer. Well above {@link #MAX_REQUEST_BYTES} (16 MiB more are read and dropped), so
     * that this class counts the bytes and answers 413; Undertow counts chunk framing too and fixes the
     * limit before a handler runs.
     */
    static final long CONNECTION_LIMIT_BYTES = MAX_REQUEST_BYTES + 16L * 1024 * 1024;

    private static final String CUT_SHORT =
            "The request body could not be read whole: the connection ended before its Content-Length.";
    private static final AttachmentKey<Received> BODY = AttachmentKey.create(Received.class);
    private static final Logger LOG = LoggerFactory.getLogger(BodyReceiver.class);

    private BodyReceiver() {}

    /** Whether this request's body was received (or found too large or broken): any method but GET, HEAD, OPTIONS. */
    static boolean received(HttpServerExchange exchange) {
        return exchange.getAttachment(BODY) != null;
    }

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
     * and dropped once {@link #CONNECTION_LIMIT_BYTES} have come; the exchange then goes on marked too large
     * and not persistent.
     */
    static void receive(HttpServerExchange exchange, Consumer<HttpServerExchange> next) {
        String unsupported = unsupportedFraming(exchange);
        if (unsupported != null) {
            fail(exchange, Received.broken(unsupported), next);
            return;
        }
        if (exchange.getRequestContentLength() > CONNECTION_LIMIT_BYTES) {
            // Too large even to drain: answer at once (the client may see the connection close first).
            fail(exchange, Received.TOO_LARGE, next);
            return;
        }
        long length = exchange.getRequestContentLength();
        if (length >= 0 && length <= MAX_REQUEST_BYTES && !isChunked(exchange)) {
            new KnownLength(exchange, next, (int) length).read(); // the usual case: one array, filled in place
            return;
        }
        Receiving receiving = new Receiving(exchange, next);
        if (isChunked(exchange) && exchange.getConnection() instanceof HttpServerConnection connection) {
            String malformed = checkChunkedFraming(exchange, connection, receiving);
            if (malformed != null) {
                fail(exchange, Received.broken(malformed), next);
                return;
            }
        }
        exchange.getRequestReceiver().receivePartialBytes(receiving, receiving);
    }

    /**
     * Puts {@link ChunkedFraming} below Undertow's chunked decoder (in a new decoder like the one Undertow
     * set up, on the connection's own bytes), after checking the bytes that came with the request's head.
     *
     * @return the problem with those bytes, or {@code null}
     */
    private static String checkChunkedFraming(
            HttpServerExchange exchange, HttpServerConnection connection, Receiving receiving) {
        ChunkedFraming framing = new ChunkedFraming(connection.getOriginalSourceConduit(), receiving);
        PooledByteBuffer early = connection.getExtraBytes();
        if (early != null && framing.check(early.getBuffer()) != null) {
            return framing.problem();
        }
        connection
                .getChannel()
                .getSourceChannel()
                .setConduit(new ChunkedStreamSourceConduit(
                        new ReadDataStreamSourceConduit(framing, connection), exchange, new ChunkedEnd(exchange)));
        return null;
    }

    /**
     * A body of a known length within the limit: read straight into an array of that length, on the I/O
     * thread, without blocking (Undertow's receivers copy each read into new arrays, then the whole).
     */
    private static final class KnownLength implements ChannelListener<StreamSourceChannel> {
        private final HttpServerExchange exchange;
        private final Consumer<HttpServerExchange> next;
        private final ByteBuffer buffer;
        /** The request's channel: Undertow gives it out once. */
        private final StreamSourceChannel channel;

        KnownLength(HttpServerExchange exchange, Consumer<HttpServerExchange> next, int length) {
            this.exchange = exchange;
            this.next = next;
            this.buffer = ByteBuffer.wrap(new byte[length]);
            this.channel = exchange.getRequestChannel();
        }

        /** Reads what has arrived; waits for the rest with reads resumed, or goes on once it is all here. */
        void read() {
            try {
                int read = 0;
                while (buffer.hasRemaining() && (read = channel.read(buffer)) > 0) {
                    // keep reading what has arrived
                }
                if (!buffer.hasRemaining()) {
                    channel.read(buffer); // -1: the request is read whole, and Undertow is told so
                    done(channel, new Received(buffer.array(), null));
                } else if (read < 0) {
                    done(channel, Received.broken(CUT_SHORT));
                } else {
                    channel.getReadSetter().set(this);
                    channel.resumeReads();
                }
            } catch (IOException e) {
                LOG.debug(
                        "Cannot read the body of {} {}: {}",
                        exchange.getRequestMethod(),
                        exchange.getRelativePath(),
                        e.toString());
                done(channel, Received.broken(CUT_SHORT));
            }
        }

        @Override
        public void handleEvent(StreamSourceChannel channel) {
            Connectors.executeRootHandler(
                    new HttpHandler() {
                        @Override
                        public void handleRequest(HttpServerExchange ex) {
                            read();
                        }
                    },
                    exchange);
        }

        private void done(StreamSourceChannel channel, Received body) {
            channel.getReadSetter().set(null);
            channel.suspendReads();
            if (body.bytes() == null) {
                fail(exchange, body, next);
            } else {
                exchange.putAttachment(BODY, body);
                next.accept(exchange);
            }
        }
    }

    /** What Undertow does when a chunked body ends (or is abandoned), as its own decoder would. */
    private static final class ChunkedEnd implements ConduitListener<ChunkedStreamSourceConduit> {
        private final HttpServerExchange exchange;

        ChunkedEnd(HttpServerExchange exchange) {
            this.exchange = exchange;
        }

        @Override
        public void handleEvent(ChunkedStreamSourceConduit decoder) {
            if (!decoder.isFinished()) {
                exchange.setPersistent(false);
            }
            Connectors.terminateRequest(exchange);
        }
    }

    /**
     * One body being received: its bytes up to the limit, the count of all of them. Also told when its
     * chunked framing turns out malformed midway: the rest is then not read; the request ends there and
     * is answered 400.
     */
    private static final class Receiving
            implements Receiver.PartialBytesCallback, Receiver.ErrorCallback, ChunkedFraming.Listener {
        private final HttpServerExchange exchange;
        private final Consumer<HttpServerExchange> next;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private long total;

        Receiving(HttpServerExchange exchange, Consumer<HttpServerExchange> next) {
            this.exchange = exchange;
            this.next = next;
        }

        @Override
        public void handle(HttpServerExchange ex, byte[] bytes, boolean last) {
            if (received(ex)) {
                return;
            }
            total += bytes.length;
            if (total <= MAX_REQUEST_BYTES) {
                kept.write(bytes, 0, bytes.length);
            }
            boolean giveUp = total > CONNECTION_LIMIT_BYTES;
            if (last || giveUp) {
                if (!last) {
                    ex.getRequestReceiver().pause();
                }
                if (total > MAX_REQUEST_BYTES) {
                    fail(ex, Received.TOO_LARGE, next);
                } else {
                    ex.putAttachment(BODY, new Received(kept.toByteArray(), null));
                    next.accept(ex);
                }
            }
        }

        @Override
        public void error(HttpServerExchange ex, IOException error) {
            if (received(ex)) {
                return;
            }
            if (error instanceof RequestTooBigException) {
                fail(ex, Received.TOO_LARGE, next);
                return;
            }
            // The client stopped sending early or framed the body wrongly: its doing, so quietly.
            LOG.debug(
                    "Cannot read the body of {} {}: {}", ex.getRequestMethod(), ex.getRelativePath(), error.toString());
            fail(ex, Received.broken(CUT_SHORT), next);
        }

        /** From within a read of the body: ends the request here once that read is over, and answers. */
        @Override
        public void malformed(String problem) {
            exchange.getIoThread().execute(new Runnable() {
                @Override
                public void run() {
                    if (received(exchange)) {
                        return;
                    }
                    exchange.getRequestReceiver().pause();
                    Connectors.terminateRequest(exchange); // read no further: nothing left to drain
                    Connectors.executeRootHandler(
                            new HttpHandler() {
                                @Override
                                public void handleRequest(HttpServerExchange ex) {
                                    fail(ex, Received.broken(problem), next);
                                }
                            },
                            exchange);
                }
            });
        }
    }

    private static boolean isChunked(HttpServerExchange exchange) {
        return exchange.getRequestHeaders().contains(Headers.TRANSFER_ENCODING);
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
            throw body.problem() == null ? tooLarge() : new CognitoException(ErrorCode.BAD_REQUEST, body.problem());
        }
        return body.bytes();
    }

    /** The received body, or {@code null} when it is over the limit or could not be read whole. */
    static byte[] bytesOrNull(HttpServerExchange exchange) {
        Received body = exchange.getAttachment(BODY);
        return body == null ? new byte[0] : body.bytes();
    }

    private static CognitoException tooLarge() {
        return new CognitoException(
                ErrorCode.REQUEST_TOO_LARGE, "Request body is larger than " + MAX_REQUEST_BYTES + " bytes.");
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
