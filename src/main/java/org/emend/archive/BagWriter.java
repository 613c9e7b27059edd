package org.emend.archive;

import java.io.IOException;
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
        Map<String, byte[]> tagFiles = new LinkedHashMap<>();
        tagFiles.put("bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
        for (int a = 0; a < ALGORITHMS.length; a++) {
            tagFiles.put("manifest-" + MANIFEST_SUFFIXES[a] + ".txt", manifest(a));
        }
        Map<String, String> info = new LinkedHashMap<>(bagInfo);
        info.put("Bagging-Date", LocalDate.now().toString());
        info.put("Payload-Oxum", payloadBytes + "." + payloadFiles);
        StringBuilder infoText = new StringBuilder();
        info.forEach((label, value) -> infoText.append(label).append(": ").append(value.replace("\n", "\n  ")).append('\n'));
        tagFiles.put("bag-info.txt", infoText.toString().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> tagFile : tagFiles.entrySet()) {
            entry(tagFile.getKey(), tagFile.getValue());
        }
        for (int a = 0; a < ALGORITHMS.length; a++) {
            StringBuilder tagManifest = new StringBuilder();
            for (Map.Entry<String, byte[]> tagFile : tagFiles.entrySet()) {
                tagManifest.append(digests(tagFile.getValue())[a]).append("  ").append(tagFile.getKey()).append('\n');
            }
            entry("tagmanifest-" + MANIFEST_SUFFIXES[a] + ".txt", tagManifest.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** One manifest from the kept lines ("sha256 path\tsha512"). */
    private byte[] manifest(int algorithm) throws IOException {
        StringBuilder manifest = new StringBuilder();
        for (String line : Files.readAllLines(manifestLines, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t");
            String path = parts[0].substring(parts[0].indexOf("  ") + 2);
            String digest = algorithm == 0 ? parts[0].substring(0, parts[0].indexOf("  ")) : parts[1];
            manifest.append(digest).append("  ").append(path).append('\n');
        }
        return manifest.toString().getBytes(StandardCharsets.UTF_8);
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
