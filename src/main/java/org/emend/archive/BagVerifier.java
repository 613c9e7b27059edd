package org.emend.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks that a bag is complete and valid (RFC 8493): bagit.txt declares a version, every file
 * the manifests list is there with the checksum they give, every payload file is listed in
 * every payload manifest, the tag manifests hold, and Payload-Oxum counts right. Reports every
 * problem, not just the first.
 */
final class BagVerifier {

    private static final Map<String, String> ALGORITHMS = Map.of("md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256",
            "sha512", "SHA-512");
    private static final Pattern MANIFEST = Pattern.compile("(tag)?manifest-([a-z0-9]+)\\.txt");
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]+)\\s+\\*?(.+)");
    private static final Pattern OXUM = Pattern.compile("(?m)^Payload-Oxum:\\s*(\\d+)\\.(\\d+)\\s*$");

    private BagVerifier() {
    }

    static void verify(Path root) throws IOException, BagException {
        List<String> problems = new ArrayList<>();
        Path bagit = root.resolve("bagit.txt");
        if (!Files.exists(bagit) || !Files.readString(bagit, StandardCharsets.UTF_8).contains("BagIt-Version:")) {
            problems.add("bagit.txt: missing or without BagIt-Version");
        }
        Set<String> payload = new TreeSet<>();
        Path data = root.resolve("data");
        long payloadBytes = 0;
        if (Files.isDirectory(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    payload.add(relative(root, file));
                    payloadBytes += Files.size(file);
                }
            }
        } else {
            problems.add("data/: missing");
        }
        int payloadManifests = 0;
        try (Stream<Path> files = Files.list(root)) {
            for (Path manifest : files.sorted().toList()) {
                Matcher name = MANIFEST.matcher(manifest.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                String algorithm = ALGORITHMS.get(name.group(2));
                if (algorithm == null) {
                    problems.add(manifest.getFileName() + ": unknown algorithm " + name.group(2));
                    continue;
                }
                boolean tag = name.group(1) != null;
                payloadManifests += tag ? 0 : 1;
                Map<String, String> listed = read(manifest, problems);
                for (Map.Entry<String, String> file : listed.entrySet()) {
                    Path path = root.resolve(file.getKey()).normalize();
                    if (!path.startsWith(root) || !Files.isRegularFile(path)) {
                        problems.add(file.getKey() + ": listed in " + manifest.getFileName() + " but missing");
                    } else if (!digest(path, algorithm).equalsIgnoreCase(file.getValue())) {
                        problems.add(file.getKey() + ": " + name.group(2) + " checksum does not match "
                                + manifest.getFileName());
                    }
                }
                if (!tag) {
                    for (String file : payload) {
                        if (!listed.containsKey(file)) {
                            problems.add(file + ": not listed in " + manifest.getFileName());
                        }
                    }
                }
            }
        }
        if (payloadManifests == 0) {
            problems.add("manifest-<algorithm>.txt: no payload manifest");
        }
        Path info = root.resolve("bag-info.txt");
        if (Files.exists(info)) {
            Matcher oxum = OXUM.matcher(Files.readString(info, StandardCharsets.UTF_8));
            if (oxum.find() && (Long.parseLong(oxum.group(1)) != payloadBytes
                    || Long.parseLong(oxum.group(2)) != payload.size())) {
                problems.add("bag-info.txt: Payload-Oxum " + oxum.group(1) + "." + oxum.group(2) + " but the payload is "
                        + payloadBytes + "." + payload.size());
            }
        }
        if (!problems.isEmpty()) {
            throw new BagException(problems);
        }
    }

    private static Map<String, String> read(Path manifest, List<String> problems) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Matcher entry = LINE.matcher(line);
            if (!entry.matches()) {
                problems.add(manifest.getFileName() + ": cannot read the line \"" + line + "\"");
                continue;
            }
            listed.put(decode(entry.group(2).strip()), entry.group(1));
        }
        return listed;
    }

    /** Paths in manifests percent-encode CR, LF and % (RFC 8493, 2.1.3). */
    private static String decode(String path) {
        return path.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance(algorithm))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
