package dev.fakecognito.server.internal.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake's data directory, locked for one fake: {@code lock}, {@code snapshot-<generation>} and
 * {@code log-<generation>} files. The state is the newest snapshot followed by the logs of its
 * generation and later. Files and a directory it creates are its user's only (0600, 0700) where the
 * file system has POSIX permissions.
 */
public final class DataDirectory implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DataDirectory.class);
    private static final Pattern FILE = Pattern.compile("(log|snapshot)-(\\d{16})");
    static final String LOCK = "lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean posix;

    private DataDirectory(Path dir, FileChannel lockChannel, FileLock lock, boolean posix) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.posix = posix;
    }

    /**
     * Creates the directory if missing and locks it for this fake.
     *
     * @throws PersistenceException when another fake holds it, or it cannot be created or locked
     */
    public static DataDirectory lock(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        boolean posix = absolute.getFileSystem().supportedFileAttributeViews().contains("posix");
        try {
            if (!Files.isDirectory(absolute)) {
                if (Files.exists(absolute)) {
                    throw new PersistenceException("The data directory " + absolute + " is a file, not a directory");
                }
                if (posix) {
                    Files.createDirectories(
                            absolute,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(absolute);
                }
            }
            Path lockFile = absolute.resolve(LOCK);
            createPrivate(lockFile, posix);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new PersistenceException("The data directory " + absolute
                        + " is in use by another fake (it holds the lock on " + lockFile
                        + "): give each fake its own dataDir");
            }
            return new DataDirectory(absolute, channel, lock, posix);
        } catch (IOException e) {
            throw new PersistenceException("Cannot use the data directory " + absolute + ": " + e, e);
        }
    }

    /** The directory. */
    public Path path() {
        return dir;
    }

    /** Creates a file readable and writable by this user only, if it does not exist. */
    static void createPrivate(Path file, boolean posix) throws IOException {
        try {
            if (posix) {
                Files.createFile(file, privateFile());
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // kept as it is
        }
    }

    private static FileAttribute<Set<PosixFilePermission>> privateFile() {
        return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
    }

    /** Creates a new private file (replacing a leftover). */
    Path createFresh(Path file) throws IOException {
        Files.deleteIfExists(file);
        createPrivate(file, posix);
        return file;
    }

    Path log(long generation) {
        return dir.resolve(String.format("log-%016d", generation));
    }

    Path snapshot(long generation) {
        return dir.resolve(String.format("snapshot-%016d", generation));
    }

    Path temporary(long generation) {
        return dir.resolve(String.format("snapshot-%016d.tmp", generation));
    }

    /** The files of the state, by generation: logs and snapshots. */
    Listing list() throws IOException {
        TreeMap<Long, Path> logs = new TreeMap<>();
        TreeMap<Long, Path> snapshots = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(".tmp")) {
                    Files.deleteIfExists(file); // a snapshot that was never finished
                    continue;
                }
                Matcher matcher = FILE.matcher(name);
                if (matcher.matches()) {
                    long generation = Long.parseLong(matcher.group(2));
                    (matcher.group(1).equals("log") ? logs : snapshots).put(generation, file);
                }
            }
        }
        return new Listing(logs, snapshots);
    }

    /**
     * The files found.
     *
     * @param logs      logs by generation
     * @param snapshots snapshots by generation
     */
    record Listing(TreeMap<Long, Path> logs, TreeMap<Long, Path> snapshots) {
        /** The newest snapshot's generation, or 0 when there is none. */
        long snapshotGeneration() {
            return snapshots.isEmpty() ? 0 : snapshots.lastKey();
        }

        /** The logs to replay after the newest snapshot, oldest first. */
        List<Path> logsToReplay() {
            return new ArrayList<>(logs.tailMap(snapshotGeneration(), true).values());
        }
    }

    /** Makes the directory's entries (created, renamed, deleted files) durable, where the system allows it. */
    void syncDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot sync the directory {} (not supported here)", dir, e);
        }
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("Cannot release the lock of {}", dir, e);
        }
    }
}
