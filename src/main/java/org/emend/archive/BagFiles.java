package org.emend.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * A bag received as a zip or a tar, unpacked into a temporary folder to be verified and read.
 * Entries may not leave the folder (no "../"), and the whole may not unpack beyond a limit, nor
 * beyond {@link #MAX_RATIO} times the archive's own size (past a floor): an archive bomb is
 * refused while it streams, before it fills the disk.
 */
final class BagFiles implements AutoCloseable {

    static final String PREFIX = "emend-bag";
    /** Text compresses some ten times, JSON with repeated keys some thirty; scans hardly at all. */
    static final long MAX_RATIO = 200;
    static final long RATIO_FLOOR = 64L * 1024 * 1024;

    private final Path folder;
    private final Path root;

    private BagFiles(Path folder, Path root) {
        this.folder = folder;
        this.root = root;
    }

    /** The bag's top folder: the one holding bagit.txt. */
    Path root() {
        return root;
    }

    static BagFiles unpack(Path archive, long maxBytes) throws IOException, BagException {
        long allowed = Math.min(maxBytes, Math.max(RATIO_FLOOR, MAX_RATIO * Files.size(archive)));
        Path folder = Files.createTempDirectory(PREFIX);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
                ArchiveInputStream<? extends ArchiveEntry> entries = open(in)) {
            long total = 0;
            ArchiveEntry entry;
            while ((entry = next(entries)) != null) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new BagException(List.of(entry.getName() + ": lies outside the bag"));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read = read(entries, buffer); read > 0; read = read(entries, buffer)) {
                        total += read;
                        if (total > allowed) {
                            throw new BagException(List.of(allowed < maxBytes
                                    ? "The bag unpacks to more than " + MAX_RATIO + " times its archive's size ("
                                            + allowed + " bytes): refused as a possible archive bomb"
                                    : "The bag unpacks to more than " + maxBytes + " bytes"));
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
            return new BagFiles(folder, findRoot(folder));
        } catch (IOException | BagException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    // A damaged upload is the sender's problem, told apart from the server failing to write the
    // unpacked files: only what reading the archive throws becomes a refusal.
    private static ArchiveEntry next(ArchiveInputStream<? extends ArchiveEntry> entries) throws BagException {
        try {
            return entries.getNextEntry();
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    private static int read(ArchiveInputStream<? extends ArchiveEntry> entries, byte[] buffer) throws BagException {
        try {
            return entries.read(buffer);
        } catch (IOException e) {
            throw damaged(e);
        }
    }

    private static BagException damaged(IOException e) {
        return new BagException(List.of("The archive is damaged or cut short and cannot be unpacked (" + e.getMessage() + ")"));
    }

    /** Zip or tar, told apart by their first bytes. */
    private static ArchiveInputStream<? extends ArchiveEntry> open(InputStream in) throws IOException, BagException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K') {
            return new ZipArchiveInputStream(in, "UTF-8");
        }
        try {
            return new TarArchiveInputStream(in, "UTF-8");
        } catch (RuntimeException e) {
            throw new BagException(List.of("The upload is neither a zip nor a tar archive"));
        }
    }

    private static Path findRoot(Path folder) throws IOException, BagException {
        if (Files.exists(folder.resolve("bagit.txt"))) {
            return folder;
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> roots = children.filter(child -> Files.exists(child.resolve("bagit.txt"))).toList();
            if (roots.size() != 1) {
                throw new BagException(List.of("bagit.txt: missing (the archive holds no BagIt bag)"));
            }
            return roots.get(0);
        }
    }

    @Override
    public void close() {
        delete(folder);
    }

    /**
     * Removes what restores left in the temporary folder when the process died mid-way (a restore
     * in progress, even another process's, is younger than {@code age}).
     */
    static int removeLeftovers(Path temporary, Duration age) throws IOException {
        Instant before = Instant.now().minus(age);
        int removed = 0;
        try (Stream<Path> children = Files.list(temporary)) {
            for (Path child : children.filter(path -> path.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (Files.isDirectory(child) && Files.getLastModifiedTime(child).toInstant().isBefore(before)) {
                    delete(child);
                    removed++;
                }
            }
        }
        return removed;
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless
        }
    }
}
