package dev.fakecognito.server.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.xnio.IoUtils;
import org.xnio.channels.StreamSinkChannel;
import org.xnio.conduits.AbstractStreamSourceConduit;
import org.xnio.conduits.ConduitReadableByteChannel;
import org.xnio.conduits.StreamSourceConduit;

/**
 * Checks the chunked framing of a request body (RFC 9112, section 7.1) in the raw bytes, before
 * Undertow's chunked decoder sees them. Undertow's decoder closes the connection without an answer when
 * the framing is malformed (a chunk size that is not hexadecimal, such as {@code zz}, or too large to
 * hold, such as 2<sup>64</sup>−1), and reads some malformed framing as something else (garbage after a
 * chunk's data is skipped; {@code zz} alone counts as the last chunk). This check sits below it, on the
 * connection's bytes: it lets well-formed bytes through unchanged and stops at the first malformed
 * one (or at the connection's end before the last chunk), so that the fake can answer 400
 * {@code BadRequestException} and close the connection, as a client expects.
 *
 * <p>Lenient where Undertow is and clients are: a bare LF ends a line as CRLF does; chunk extensions
 * and trailer fields are read, not interpreted. Once the body has ended, bytes pass unchecked (they
 * belong to the next request). Used on one connection's I/O thread only.
 */
final class ChunkedFraming extends AbstractStreamSourceConduit<StreamSourceConduit> {
    /** The largest chunk size with this many significant hex digits fits Undertow's decoder. */
    private static final int MAX_SIZE_DIGITS = 15;

    private enum State {
        /** The first hex digit of a chunk size. */
        SIZE_START,
        /** Further hex digits, or what may follow them. */
        SIZE,
        /** Blanks after the size, before {@code ;} or the line's end. */
        SIZE_BLANKS,
        /** A chunk extension, up to the line's end. */
        EXTENSION,
        /** The LF after the CR that ends a chunk size line. */
        SIZE_LF,
        /** The chunk's data. */
        DATA,
        /** The CR or LF after the data. */
        DATA_END,
        /** The LF after the CR after the data. */
        DATA_LF,
        /** The start of a trailer line (an empty one ends the body). */
        TRAILER_START,
        /** A trailer field before its colon. */
        TRAILER_NAME,
        /** A trailer field's value, up to the line's end. */
        TRAILER_VALUE,
        /** The LF after the CR that ends a trailer line. */
        TRAILER_LF,
        /** The LF after the CR of the empty line that ends the body. */
        END_LF,
        /** The body has ended: bytes pass unchecked. */
        DONE
    }

    /** Told once, with the problem, when the framing turns out malformed. */
    interface Listener {
        void malformed(String problem);
    }

    private final Listener listener;
    private State state = State.SIZE_START;
    private long size;
    private int sizeDigits;
    private long dataLeft;
    private String problem;

    /**
     * @param next     the connection's bytes
     * @param listener told when the framing is malformed (from within a read: it must not read again)
     */
    ChunkedFraming(StreamSourceConduit next, Listener listener) {
        super(next);
        this.listener = listener;
    }

    /**
     * Checks bytes that arrived before this check was in place (with the request's head), without
     * consuming them.
     *
     * @return the problem, or {@code null} when they are well-formed so far
     */
    String check(ByteBuffer alreadyRead) {
        ByteBuffer bytes = alreadyRead.duplicate();
        scan(bytes, bytes.position(), bytes.limit());
        return problem;
    }

    /** The problem found, or {@code null}. */
    String problem() {
        return problem;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (problem != null) {
            return 0;
        }
        int start = dst.position();
        int read = next.read(dst);
        if (state == State.DONE) {
            return read;
        }
        if (read > 0) {
            scan(dst, start, dst.position());
        } else if (read < 0) {
            problem = "The request body could not be read whole: the connection ended before its last chunk.";
        }
        if (problem != null) {
            dst.position(start); // none of it reaches the decoder
            next.suspendReads();
            listener.malformed(problem);
            return 0;
        }
        return read;
    }

    @Override
    public long read(ByteBuffer[] dsts, int offs, int len) throws IOException {
        for (int i = offs; i < offs + len; i++) {
            if (dsts[i].hasRemaining()) {
                return read(dsts[i]);
            }
        }
        return 0;
    }

    @Override
    public long transferTo(long position, long count, FileChannel target) throws IOException {
        return target.transferFrom(new ConduitReadableByteChannel(this), position, count);
    }

    @Override
    public long transferTo(long count, ByteBuffer throughBuffer, StreamSinkChannel target) throws IOException {
        return IoUtils.transfer(new ConduitReadableByteChannel(this), count, throughBuffer, target);
    }

    @Override
    public void resumeReads() {
        if (problem == null) {
            next.resumeReads();
        }
    }

    @Override
    public void wakeupReads() {
        if (problem == null) {
            next.wakeupReads();
        }
    }

    /** Runs the bytes from {@code from} to {@code to} through the framing's grammar; stops at a problem. */
    private void scan(ByteBuffer bytes, int from, int to) {
        for (int i = from; i < to && problem == null; i++) {
            if (state == State.DATA) {
                long skip = Math.min(dataLeft, to - i);
                dataLeft -= skip;
                i += (int) skip - 1;
                if (dataLeft == 0) {
                    state = State.DATA_END;
                }
                continue;
            }
            if (state == State.DONE) {
                return;
            }
            step(bytes.get(i));
        }
    }

    private void step(byte b) {
        switch (state) {
            case SIZE_START -> {
                if (hex(b) < 0) {
                    fail("a chunk size must be a hexadecimal number");
                } else {
                    size = 0;
                    sizeDigits = 0;
                    addDigit(hex(b));
                    state = State.SIZE;
                }
            }
            case SIZE -> {
                int digit = hex(b);
                if (digit >= 0) {
                    addDigit(digit);
                } else {
                    afterSize(b);
                }
            }
            case SIZE_BLANKS -> afterSize(b);
            case EXTENSION -> {
                if (b == '\r') {
                    state = State.SIZE_LF;
                } else if (b == '\n') {
                    sizeLineEnded();
                }
            }
            case SIZE_LF -> {
                if (b == '\n') {
                    sizeLineEnded();
                } else {
                    fail("a chunk size line must end in CRLF");
                }
            }
            case DATA_END -> {
                if (b == '\r') {
                    state = State.DATA_LF;
                } else if (b == '\n') {
                    state = State.SIZE_START;
                } else {
                    fail("a chunk's data must be followed by CRLF");
                }
            }
            case DATA_LF -> {
                if (b == '\n') {
                    state = State.SIZE_START;
                } else {
                    fail("a chunk's data must be followed by CRLF");
                }
            }
            case TRAILER_START -> {
                if (b == '\r') {
                    state = State.END_LF;
                } else if (b == '\n') {
                    state = State.DONE;
                } else if (b == ':') {
                    fail("a trailer field must have a name");
                } else {
                    state = State.TRAILER_NAME;
                }
            }
            case TRAILER_NAME -> {
                if (b == ':') {
                    state = State.TRAILER_VALUE;
                } else if (b == '\r' || b == '\n') {
                    fail("a trailer field must be a name, a colon and a value");
                }
            }
            case TRAILER_VALUE -> {
                if (b == '\r') {
                    state = State.TRAILER_LF;
                } else if (b == '\n') {
                    state = State.TRAILER_START;
                }
            }
            case TRAILER_LF -> {
                if (b == '\n') {
                    state = State.TRAILER_START;
                } else {
                    fail("a trailer line must end in CRLF");
                }
            }
            case END_LF -> {
                if (b == '\n') {
                    state = State.DONE;
                } else {
                    fail("the chunked body must end in CRLF");
                }
            }
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void addDigit(int digit) {
        if ((size != 0 || digit != 0) && ++sizeDigits > MAX_SIZE_DIGITS) {
            fail("a chunk size is too large");
            return;
        }
        size = size << 4 | digit;
    }

    /** What may follow a chunk size: blanks, an extension ({@code ;}), the line's end. */
    private void afterSize(byte b) {
        if (b == ' ' || b == '\t') {
            state = State.SIZE_BLANKS;
        } else if (b == ';') {
            state = State.EXTENSION;
        } else if (b == '\r') {
            state = State.SIZE_LF;
        } else if (b == '\n') {
            sizeLineEnded();
        } else {
            fail("a chunk size must be a hexadecimal number");
        }
    }

    private void sizeLineEnded() {
        if (size == 0) {
            state = State.TRAILER_START;
        } else {
            dataLeft = size;
            state = State.DATA;
        }
    }

    private void fail(String what) {
        problem = "The request's chunked framing is malformed: " + what + " (RFC 9112, section 7.1).";
    }

    private static int hex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        if (b >= 'a' && b <= 'f') {
            return b - 'a' + 10;
        }
        if (b >= 'A' && b <= 'F') {
            return b - 'A' + 10;
        }
        return -1;
    }
}
