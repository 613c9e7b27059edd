package org.emend.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.emend.persistence.Sha256;

/** Bags as folders, for tests that open one, change it and zip it again. */
final class BagFolders {

    private BagFolders() {
    }

    /** Unzips a bag into {@code folder}; returns the bag's root (the archive's one top folder). */
    static Path unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                if (!entry.isDirectory()) {
                    Files.copy(in, target);
                }
            }
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.findFirst().orElseThrow();
        }
    }

    static byte[] zip(Path root) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
                Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new ZipEntry(root.getFileName() + "/" + relative(root, file)));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The bag's payload files by path under data/. */
    static List<Path> payload(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("data"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** The first payload file of this name. */
    static Path find(Path root, String name) throws IOException {
        return payload(root).stream().filter(file -> file.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Makes the bag valid again after its payload changed, as someone forging a bag would: one
     * SHA-256 manifest of what is there now, no tag manifests, no Payload-Oxum.
     */
    static void remanifest(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().matches("(tag)?manifest-.*\\.txt")) {
                    Files.delete(file);
                }
            }
        }
        StringBuilder manifest = new StringBuilder();
        for (Path file : payload(root)) {
            manifest.append(Sha256.hex(Files.readAllBytes(file))).append("  ")
                    .append(relative(root, file)).append('\n');
        }
        Files.writeString(root.resolve("manifest-sha256.txt"), manifest.toString());
        Path info = root.resolve("bag-info.txt");
        Files.writeString(info, Files.readString(info).replaceAll("(?m)^Payload-Oxum:.*\\n", ""));
    }

    static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
