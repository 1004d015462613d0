package dev.fakecognito.server.internal.persistence;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The format of the data directory's files: a header (magic, format version, kind, generation), then
 * records, each {@code [int length][int CRC32C][byte type][payload]}, the checksum covering the type
 * and the payload. A record is whole or it is not there: a short or damaged last record (a write cut
 * by a crash) is recognised and dropped.
 */
final class RecordFiles {
    /** The first bytes of every file. */
    static final byte[] MAGIC = "FCIDDATA".getBytes(StandardCharsets.US_ASCII);
    /** The format this fake writes and reads. */
    static final int VERSION = 1;
    /** Magic, version, kind, generation. */
    static final int HEADER_SIZE = MAGIC.length + 4 + 1 + 8;
    /** Length and checksum before each record's type and payload. */
    static final int FRAME_SIZE = 8;
    /** No record is larger (a seeded world is one record). */
    static final int MAX_RECORD = 1 << 30;

    static final byte KIND_LOG = 'L';
    static final byte KIND_SNAPSHOT = 'S';

    // record types
    static final byte POOL = 1;
    static final byte POOL_DELETED = 2;
    static final byte IDENTITIES = 3;
    static final byte SEEDED = 4;
    static final byte RESET = 5;
    static final byte SNAPSHOT_END = 6;

    private RecordFiles() {}

    /** The header of a file of this kind and generation. */
    static byte[] header(byte kind, long generation) {
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
        header.put(MAGIC).putInt(VERSION).put(kind).putLong(generation);
        return header.array();
    }

    /** Appends one framed record to a buffer. */
    static void frame(DataOutputStream out, byte type, byte[] payload) throws IOException {
        CRC32C crc = new CRC32C();
        crc.update(type);
        crc.update(payload);
        out.writeInt(payload.length + 1);
        out.writeInt((int) crc.getValue());
        out.writeByte(type);
        out.write(payload);
    }

    /** One framed record as bytes. */
    static byte[] frame(byte type, byte[] payload) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + FRAME_SIZE + 1);
        try {
            frame(new DataOutputStream(bytes), type, payload);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Takes the records of a file as they are read. */
    interface Visitor {
        /** One whole record. */
        void record(byte type, byte[] payload);
    }

    /**
     * What reading a file found.
     *
     * @param records   how many whole records it holds
     * @param lastType  the type of the last whole record, or 0
     * @param validEnd  the offset after the last whole record
     * @param size      the file's size
     */
    record Contents(long records, byte lastType, long validEnd, long size) {
        /** Whether something after the last whole record was dropped (a torn write). */
        boolean torn() {
            return validEnd < size;
        }
    }

    /**
     * Reads a file: checks its header, then hands over records until the end or the first record that
     * is short or fails its checksum.
     *
     * @throws PersistenceException when the header is not this format's or names another version or kind
     */
    static Contents read(Path file, FileChannel channel, byte kind, Visitor visitor) throws IOException {
        long size = channel.size();
        checkHeader(file, channel, kind);
        if (size < HEADER_SIZE) {
            return new Contents(0, (byte) 0, 0, size); // created, header not yet whole when the fake stopped
        }
        long records = 0;
        byte lastType = 0;
        long position = HEADER_SIZE;
        ByteBuffer frame = ByteBuffer.allocate(FRAME_SIZE);
        while (position + FRAME_SIZE + 1 <= size) {
            frame.clear();
            readFully(channel, frame, position);
            frame.flip();
            int length = frame.getInt();
            int checksum = frame.getInt();
            if (length < 1 || length > MAX_RECORD || position + FRAME_SIZE + length > size) {
                break;
            }
            ByteBuffer body = ByteBuffer.allocate(length);
            readFully(channel, body, position + FRAME_SIZE);
            CRC32C crc = new CRC32C();
            crc.update(body.array(), 0, length);
            if ((int) crc.getValue() != checksum) {
                break;
            }
            byte type = body.array()[0];
            visitor.record(type, Arrays.copyOfRange(body.array(), 1, length));
            records++;
            lastType = type;
            position += FRAME_SIZE + length;
        }
        return new Contents(records, lastType, position, size);
    }

    /**
     * Checks a file's header before anything of it is read.
     *
     * @throws PersistenceException when it is not this format's, or names another version or kind
     */
    static void checkHeader(Path file, FileChannel channel, byte kind) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE);
        readFully(channel, header, 0);
        if (header.position() < HEADER_SIZE) {
            if (kind == KIND_LOG && isPrefixOfHeader(header)) {
                return;
            }
            throw new PersistenceException(file + " is not a data file of Fake Cognito Identity (too short)");
        }
        header.flip();
        byte[] magic = new byte[MAGIC.length];
        header.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new PersistenceException(file + " is not a data file of Fake Cognito Identity (it does not"
                    + " start with " + new String(MAGIC, StandardCharsets.US_ASCII) + "). Nothing was read.");
        }
        int version = header.getInt();
        if (version != VERSION) {
            throw new PersistenceException(file + " has data format version " + version
                    + ", and this fake reads version " + VERSION + " only: start the version of the fake that"
                    + " wrote it, or move the directory away to start empty. Nothing was read.");
        }
        byte actualKind = header.get();
        if (actualKind != kind) {
            throw new PersistenceException(
                    file + " is not a " + (kind == KIND_LOG ? "log" : "snapshot") + ". Nothing was read.");
        }
    }

    private static boolean isPrefixOfHeader(ByteBuffer header) {
        int n = Math.min(header.position(), MAGIC.length);
        for (int i = 0; i < n; i++) {
            if (header.get(i) != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                return;
            }
            at += n;
        }
    }

    /** Writes all of a buffer at the channel's position. */
    static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }
}
