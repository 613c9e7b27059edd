package org.emend.archive;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes a BagIt 1.0 bag (RFC 8493) into a zip or tar stream as it goes: payload files first,
 * each checksummed (SHA-256 and SHA-512) while it is written, then the manifests, bag-info and
 * tag manifests. Manifest lines wait in a temporary file, so memory stays flat however many
 * files the bag holds.
 */
final class BagWriter implements AutoCloseable {

    enum Format {
        ZIP,
        TAR
    }

    private static final String[] ALGORITHMS = { "SHA-256", "SHA-512" };
    private static final String[] MANIFEST_SUFFIXES = { "sha256", "sha512" };

    private final Format format;
    private final ZipOutputStream zip;
    private final TarArchiveOutputStream tar;
    private final String root;
    private final Path manifestLines;
    private final OutputStream manifestOut;
    private long payloadBytes;
    private long payloadFiles;

    BagWriter(OutputStream out, Format format, String root) throws IOException {
        this.format = format;
        this.root = root + "/";
        if (format == Format.ZIP) {
            zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            tar = null;
        } else {
            zip = null;
            tar = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name());
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }
        manifestLines = Files.createTempFile("emend-manifest", ".txt");
        manifestOut = Files.newOutputStream(manifestLines);
    }

    /** Adds a payload file at {@code data/<path>}. */
    void payload(String path, byte[] content) throws IOException {
        String[] digests = digests(content);
        String line = digests[0] + "  data/" + path + "\t" + digests[1] + "\n";
        manifestOut.write(line.getBytes(StandardCharsets.UTF_8));
        payloadBytes += content.length;
        payloadFiles++;
        entry("data/" + path, content);
    }

    /** Ends the bag: manifests, bagit.txt, bag-info.txt and the tag manifests. */
    void finish(Map<String, String> bagInfo) throws IOException {
        manifestOut.close();
        // Tag files go through temporary files too: a manifest has a line for every payload file
        Map<String, Path> tagFiles = new LinkedHashMap<>();
        try {
            tagFiles.put("bagit.txt", temporary("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"));
            for (int a = 0; a < ALGORITHMS.length; a++) {
                tagFiles.put("manifest-" + MANIFEST_SUFFIXES[a] + ".txt", manifest(a));
            }
            Map<String, String> info = new LinkedHashMap<>(bagInfo);
            info.put("Bagging-Date", LocalDate.now().toString());
            info.put("Payload-Oxum", payloadBytes + "." + payloadFiles);
            StringBuilder infoText = new StringBuilder();
            info.forEach(
                    (label, value) -> infoText.append(label).append(": ").append(value.replace("\n", "\n  ")).append('\n'));
            tagFiles.put("bag-info.txt", temporary(infoText.toString()));
            List<String[]> tagDigests = new ArrayList<>();
            for (Map.Entry<String, Path> tagFile : tagFiles.entrySet()) {
                entry(tagFile.getKey(), tagFile.getValue());
                tagDigests.add(digests(tagFile.getValue()));
            }
            for (int a = 0; a < ALGORITHMS.length; a++) {
                StringBuilder tagManifest = new StringBuilder();
                int t = 0;
                for (String name : tagFiles.keySet()) {
                    tagManifest.append(tagDigests.get(t++)[a]).append("  ").append(name).append('\n');
                }
                entry("tagmanifest-" + MANIFEST_SUFFIXES[a] + ".txt", tagManifest.toString().getBytes(StandardCharsets.UTF_8));
            }
        } finally {
            for (Path file : tagFiles.values()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** One manifest, written line by line from the kept lines ("sha256 path\tsha512"). */
    private Path manifest(int algorithm) throws IOException {
        Path manifest = Files.createTempFile("emend-manifest", ".txt");
        try (BufferedReader lines = Files.newBufferedReader(manifestLines, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] parts = line.split("\t");
                int space = parts[0].indexOf("  ");
                out.write(algorithm == 0 ? parts[0].substring(0, space) : parts[1]);
                out.write("  ");
                out.write(parts[0].substring(space + 2));
                out.write('\n');
            }
        }
        return manifest;
    }

    private static Path temporary(String content) throws IOException {
        Path file = Files.createTempFile("emend-tag", ".txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private void entry(String path, Path file) throws IOException {
        if (format == Format.ZIP) {
            zip.putNextEntry(new ZipEntry(root + path));
            Files.copy(file, zip);
            zip.closeEntry();
        } else {
            TarArchiveEntry entry = new TarArchiveEntry(root + path);
            entry.setSize(Files.size(file));
            tar.putArchiveEntry(entry);
            Files.copy(file, tar);
            tar.closeArchiveEntry();
        }
    }

    private void entry(String path, byte[] content) throws IOException {
        if (format == Format.ZIP) {
            zip.putNextEntry(new ZipEntry(root + path));
            zip.write(content);
            zip.closeEntry();
        } else {
            TarArchiveEntry entry = new TarArchiveEntry(root + path);
            entry.setSize(content.length);
            tar.putArchiveEntry(entry);
            tar.write(content);
            tar.closeArchiveEntry();
        }
    }

    /** A file's digests, read once. */
    private static String[] digests(Path file) throws IOException {
        MessageDigest[] digests = new MessageDigest[ALGORITHMS.length];
        try {
            for (int a = 0; a < ALGORITHMS.length; a++) {
                digests[a] = MessageDigest.getInstance(ALGORITHMS[a]);
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                for (MessageDigest digest : digests) {
                    digest.update(buffer, 0, read);
                }
            }
        }
        String[] hex = new String[ALGORITHMS.length];
        for (int a = 0; a < ALGORITHMS.length; a++) {
            hex[a] = HexFormat.of().formatHex(digests[a].digest());
        }
        return hex;
    }

    static String[] digests(byte[] content) {
        List<String> digests = new ArrayList<>(ALGORITHMS.length);
        for (String algorithm : ALGORITHMS) {
            try {
                digests.add(HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return digests.toArray(String[]::new);
    }

    @Override
    public void close() throws IOException {
        manifestOut.close();
        try {
            if (zip != null) {
                zip.finish();
                zip.flush();
            } else {
                tar.finish();
                tar.flush();
            }
        } finally {
            Files.deleteIfExists(manifestLines);
        }
    }
}
