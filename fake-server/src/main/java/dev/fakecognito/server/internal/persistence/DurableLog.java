package dev.fakecognito.server.internal.persistence;

import dev.fakecognito.model.World;
import dev.fakecognito.model.internal.Json;
import dev.fakecognito.server.internal.seeding.WorldSnapshots;
import dev.fakecognito.server.internal.state.CognitoState;
import dev.fakecognito.server.internal.state.IdentitySnapshot;
import dev.fakecognito.server.internal.state.MergeRecord;
import dev.fakecognito.server.internal.state.Pool;
import dev.fakecognito.server.internal.state.StateLog;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable log of a fake with a data directory. Changes are handed over in order (under the state's
 * locks) and written by one thread, which appends every change waiting, forces them to disk with one
 * fsync (group commit), and only then tells their callers, who answer their clients after that. When
 * the log has grown past {@link PersistenceOptions#compactAfterBytes()}, the writer starts a new log
 * file and a background thread writes a snapshot of the state; the older files then go.
 */
public final class DurableLog implements StateLog, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DurableLog.class);
    private static final byte ROTATE = -1;
    private static final byte STOP = -2;
    private static final int SNAPSHOT_CHUNK = 1000;

    private record Pending(byte type, Object payload, CompletableFuture<Void> done) {}

    private final DataDirectory dir;
    private final CognitoState state;
    private final PersistenceOptions options;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private final ExecutorService compactor;
    private final AtomicBoolean compacting = new AtomicBoolean();
    private final ReentrantLock compaction = new ReentrantLock();
    private volatile boolean closed;
    private volatile IOException failure;
    private volatile long rotatedTo;

    // the writer thread's
    private FileChannel channel;
    private long generation;
    private long size;

    private DurableLog(
            DataDirectory dir, CognitoState state, PersistenceOptions options, long generation, FileChannel channel)
            throws IOException {
        this.dir = dir;
        this.state = state;
        this.options = options;
        this.generation = generation;
        this.channel = channel;
        this.size = channel.size();
        this.writer = new Thread(this::run, "fake-cognito-data-writer");
        this.writer.setDaemon(true);
        this.compactor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "fake-cognito-data-compactor");
            thread.setDaemon(true);
            return thread;
        });
    }

    // ---------------------------------------------------------------- restoring

    /**
     * What the data directory held.
     *
     * @param world       the state, every pool whole
     * @param records     how many records were read
     * @param lastLog     the newest log, to append to, or {@code null}
     * @param lastLogEnd  where its last whole record ends
     * @param generation  the newest snapshot's generation (0 for none)
     */
    public record Restored(World world, long records, Path lastLog, long lastLogEnd, long generation) {
        /** Whether the directory held no pool (new, or emptied by a reset). */
        public boolean isEmpty() {
            return world.identityPools().isEmpty();
        }
    }

    /**
     * Reads the newest snapshot and the logs after it. Every header is checked before any record is
     * read; a torn last record of the newest log is dropped with a warning; anything else wrong (a
     * damaged snapshot or older log, an unknown format version) fails the whole read.
     *
     * @throws PersistenceException naming the file and what is wrong
     */
    public static Restored restore(DataDirectory dir) {
        try {
            DataDirectory.Listing listing = dir.list();
            long snapshotGeneration = listing.snapshotGeneration();
            Path snapshot = snapshotGeneration == 0 ? null : listing.snapshots().get(snapshotGeneration);
            List<Path> logs = listing.logsToReplay();
            if (snapshot != null) {
                checkHeader(snapshot, RecordFiles.KIND_SNAPSHOT);
            }
            for (Path log : logs) {
                checkHeader(log, RecordFiles.KIND_LOG);
            }
            Image image = new Image();
            if (snapshot != null) {
                RecordFiles.Contents contents = read(snapshot, RecordFiles.KIND_SNAPSHOT, image);
                if (contents.torn() || contents.lastType() != RecordFiles.SNAPSHOT_END) {
                    throw new PersistenceException("The snapshot " + snapshot + " is damaged (it does not end with"
                            + " its end record). Nothing was read.");
                }
            }
            Path lastLog = null;
            long lastLogEnd = 0;
            for (int i = 0; i < logs.size(); i++) {
                Path log = logs.get(i);
                RecordFiles.Contents contents = read(log, RecordFiles.KIND_LOG, image);
                boolean last = i == logs.size() - 1;
                if (contents.torn()) {
                    if (!last) {
                        throw new PersistenceException("The log " + log + " is damaged at byte " + contents.validEnd()
                                + " and newer logs follow it. Nothing was read.");
                    }
                    LOG.warn(
                            "Dropped the last {} bytes of {}: a change cut off while being written (never"
                                    + " acknowledged); the {} changes before it are kept",
                            contents.size() - contents.validEnd(),
                            log,
                            contents.records());
                }
                if (last) {
                    lastLog = log;
                    lastLogEnd = contents.validEnd();
                }
            }
            return new Restored(image.world(), image.records(), lastLog, lastLogEnd, snapshotGeneration);
        } catch (IOException e) {
            throw new PersistenceException("Cannot read the data directory " + dir.path() + ": " + e, e);
        }
    }

    private static void checkHeader(Path file, byte kind) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            RecordFiles.checkHeader(file, channel, kind);
        }
    }

    private static RecordFiles.Contents read(Path file, byte kind, Image image) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return RecordFiles.read(file, channel, kind, (type, payload) -> {
                try {
                    image.apply(type, payload);
                } catch (IllegalArgumentException e) {
                    throw new PersistenceException(
                            "A record of " + file + " cannot be read: " + e.getMessage() + ". Nothing was read.", e);
                }
            });
        }
    }

    // ---------------------------------------------------------------- starting and stopping

    /**
     * Starts logging after a restore: appends to the newest log (cut after its last whole record), or
     * starts one.
     */
    public static DurableLog start(
            DataDirectory dir, Restored restored, CognitoState state, PersistenceOptions options) {
        try {
            long generation;
            FileChannel channel;
            if (restored.lastLog() != null) {
                generation = generationOf(restored.lastLog());
                channel = FileChannel.open(restored.lastLog(), StandardOpenOption.WRITE);
                if (restored.lastLogEnd() < RecordFiles.HEADER_SIZE) {
                    channel.truncate(0);
                    RecordFiles.writeFully(
                            channel, ByteBuffer.wrap(RecordFiles.header(RecordFiles.KIND_LOG, generation)));
                } else {
                    channel.truncate(restored.lastLogEnd());
                    channel.position(restored.lastLogEnd());
                }
                channel.force(true);
            } else {
                generation = Math.max(1, restored.generation());
                channel = newLog(dir, generation);
            }
            DurableLog log = new DurableLog(dir, state, options, generation, channel);
            log.writer.start();
            return log;
        } catch (IOException e) {
            throw new PersistenceException("Cannot write to the data directory " + dir.path() + ": " + e, e);
        }
    }

    private static long generationOf(Path log) {
        String name = log.getFileName().toString();
        return Long.parseLong(name.substring(name.indexOf('-') + 1));
    }

    private static FileChannel newLog(DataDirectory dir, long generation) throws IOException {
        Path file = dir.createFresh(dir.log(generation));
        FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        RecordFiles.writeFully(channel, ByteBuffer.wrap(RecordFiles.header(RecordFiles.KIND_LOG, generation)));
        channel.force(true);
        dir.syncDirectory();
        return channel;
    }

    /** Writes what is waiting, stops the threads and closes the log (the directory stays locked). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(new Pending(STOP, null, new CompletableFuture<>()));
        try {
            writer.join(TimeUnit.SECONDS.toMillis(30));
            compactor.shutdown();
            compactor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Cannot close the log of {}", dir.path(), e);
        }
    }

    // ---------------------------------------------------------------- StateLog

    @Override
    public CompletableFuture<Void> poolChanged(Pool pool) {
        return submit(RecordFiles.POOL, WorldSnapshots.configuration(pool));
    }

    @Override
    public CompletableFuture<Void> poolDeleted(String poolId) {
        return submit(RecordFiles.POOL_DELETED, new Payloads.PoolDeleted(poolId));
    }

    @Override
    public CompletableFuture<Void> identitiesChanged(
            Pool pool, List<IdentitySnapshot> changed, List<String> deleted, List<MergeRecord> merges) {
        List<World.Identity> identities = new ArrayList<>(changed.size());
        for (IdentitySnapshot identity : changed) {
            identities.add(WorldSnapshots.identityFixture(identity));
        }
        List<World.Merge> made = new ArrayList<>(merges.size());
        for (MergeRecord merge : merges) {
            made.add(WorldSnapshots.merge(merge));
        }
        return submit(RecordFiles.IDENTITIES, new Payloads.IdentitiesChanged(pool.id(), identities, deleted, made));
    }

    @Override
    public CompletableFuture<Void> poolsSeeded(List<Pool> pools) {
        List<World.IdentityPool> whole = new ArrayList<>(pools.size());
        for (Pool pool : pools) {
            whole.add(WorldSnapshots.pool(pool));
        }
        return submit(RecordFiles.SEEDED, World.builder().identityPools(whole).build());
    }

    @Override
    public CompletableFuture<Void> reset() {
        return submit(RecordFiles.RESET, null);
    }

    @Override
    public void await(CompletableFuture<Void> durable) {
        if (durable == null) {
            return;
        }
        try {
            durable.get(options.awaitTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new PersistenceException(
                    "A change could not be written to the data directory " + dir.path() + ": " + e.getCause(),
                    e.getCause());
        } catch (TimeoutException e) {
            throw new PersistenceException("A change was not written to the data directory " + dir.path() + " within "
                    + options.awaitTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PersistenceException("Interrupted while a change was written to " + dir.path(), e);
        }
    }

    private CompletableFuture<Void> submit(byte type, Object payload) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IOException("the fake is closed"));
        } else {
            queue.add(new Pending(type, payload, done));
        }
        return done;
    }

    // ---------------------------------------------------------------- the writer

    private void run() {
        List<Pending> batch = new ArrayList<>();
        List<Pending> framed = new ArrayList<>();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(buffer);
        boolean stopping = false;
        while (!stopping) {
            batch.clear();
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                continue; // only close() stops the writer, after what was handed over is written
            }
            queue.drainTo(batch, options.maxBatch() - 1);
            for (Pending pending : batch) {
                switch (pending.type()) {
                    case STOP -> stopping = true;
                    case ROTATE -> {
                        flush(buffer, framed);
                        try {
                            rotate();
                            pending.done().complete(null);
                        } catch (IOException e) {
                            pending.done().completeExceptionally(e);
                        }
                    }
                    default -> {
                        try {
                            byte[] payload =
                                    pending.payload() == null ? new byte[0] : Json.writeBytes(pending.payload());
                            RecordFiles.frame(out, pending.type(), payload);
                            framed.add(pending);
                        } catch (IOException | RuntimeException e) {
                            pending.done().completeExceptionally(e);
                        }
                    }
                }
            }
            flush(buffer, framed);
            if (!stopping && size >= options.compactAfterBytes() && compacting.compareAndSet(false, true)) {
                try {
                    rotate();
                    long snapshotGeneration = generation;
                    compactor.execute(() -> {
                        try {
                            snapshot(snapshotGeneration);
                        } finally {
                            compacting.set(false);
                        }
                    });
                } catch (IOException | RuntimeException e) {
                    compacting.set(false);
                    LOG.warn("Cannot start a new log in {}; the current one keeps growing", dir.path(), e);
                }
            }
        }
        // a change handed over after close() began has been failed by submit(); any left fails here
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IOException("the fake is closed"));
        }
    }

    /** Appends the framed changes, forces them to disk, then tells their callers. */
    private void flush(ByteArrayOutputStream buffer, List<Pending> framed) {
        if (framed.isEmpty()) {
            return;
        }
        try {
            if (failure != null) {
                throw failure;
            }
            RecordFiles.writeFully(channel, ByteBuffer.wrap(buffer.toByteArray()));
            channel.force(false);
            size += buffer.size();
            for (Pending pending : framed) {
                pending.done().complete(null);
            }
        } catch (IOException e) {
            if (failure == null) {
                LOG.error("Cannot write to the data directory {}: changes from now on fail", dir.path(), e);
                failure = e;
            }
            for (Pending pending : framed) {
                pending.done().completeExceptionally(e);
            }
        } finally {
            buffer.reset();
            framed.clear();
        }
    }

    /** Closes the current log and starts the next generation's; on the writer thread. */
    private void rotate() throws IOException {
        channel.force(true);
        FileChannel next = newLog(dir, generation + 1);
        channel.close();
        channel = next;
        generation++;
        rotatedTo = generation;
        size = channel.size();
    }

    // ---------------------------------------------------------------- compaction

    /**
     * Writes a snapshot now and drops the files it replaces (a test's way to compact without filling the
     * log); returns when done.
     */
    public void compactNow() {
        Pending rotation = new Pending(ROTATE, null, new CompletableFuture<>());
        compaction.lock();
        try {
            queue.add(rotation);
            await(rotation.done());
            snapshot(rotatedTo);
        } finally {
            compaction.unlock();
        }
    }

    /**
     * Writes the state as a snapshot of this generation (every change of older logs is in it), then
     * deletes the older snapshots and logs.
     */
    private void snapshot(long snapshotGeneration) {
        compaction.lock();
        Path temporary = dir.temporary(snapshotGeneration);
        try {
            if (dir.list().snapshotGeneration() >= snapshotGeneration) {
                return; // a newer one was written meanwhile
            }
            World world = WorldSnapshots.of(state);
            dir.createFresh(temporary);
            try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    DataOutputStream out =
                            new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(file), 1 << 20))) {
                out.write(RecordFiles.header(RecordFiles.KIND_SNAPSHOT, snapshotGeneration));
                for (World.IdentityPool pool : world.identityPools()) {
                    World.IdentityPool configuration = pool.toBuilder()
                            .identities(List.of())
                            .merges(List.of())
                            .build();
                    RecordFiles.frame(out, RecordFiles.POOL, Json.writeBytes(configuration));
                    List<World.Identity> identities = pool.identities();
                    for (int from = 0; from < identities.size() || from == 0; from += SNAPSHOT_CHUNK) {
                        int to = Math.min(identities.size(), from + SNAPSHOT_CHUNK);
                        boolean lastChunk = to == identities.size();
                        Payloads.IdentitiesChanged chunk = new Payloads.IdentitiesChanged(
                                pool.id(),
                                identities.subList(from, to),
                                List.of(),
                                lastChunk ? pool.merges() : List.of());
                        RecordFiles.frame(out, RecordFiles.IDENTITIES, Json.writeBytes(chunk));
                        if (lastChunk) {
                            break;
                        }
                    }
                }
                RecordFiles.frame(out, RecordFiles.SNAPSHOT_END, new byte[0]);
                out.flush();
                file.force(true);
            }
            Files.move(temporary, dir.snapshot(snapshotGeneration), StandardCopyOption.ATOMIC_MOVE);
            dir.syncDirectory();
            DataDirectory.Listing listing = dir.list();
            for (Map.Entry<Long, Path> old :
                    listing.snapshots().headMap(snapshotGeneration).entrySet()) {
                Files.deleteIfExists(old.getValue());
            }
            for (Map.Entry<Long, Path> old :
                    listing.logs().headMap(snapshotGeneration).entrySet()) {
                Files.deleteIfExists(old.getValue());
            }
            dir.syncDirectory();
            LOG.debug("Wrote the snapshot {} of {}", snapshotGeneration, dir.path());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot write a snapshot in {}; the logs are kept", dir.path(), e);
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // listed and deleted at the next start
            }
        } finally {
            compaction.unlock();
        }
    }
}
