package org.emend.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Emend's API as the command line uses it: JSON in and out, files streamed both ways with a
 * progress bar on a terminal, and every failure turned into a {@link ClientFailure} that says
 * what went wrong — the server's problem details, or that no Emend answers. Over the JDK's
 * {@link HttpURLConnection}: {@code java.net.http} sets up TLS even for a plain {@code http}
 * address, a third of a short command's time.
 */
public final class EmendClient {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final ClientSettings settings;

    public EmendClient(ClientSettings settings) {
        this.settings = settings;
    }

    public <T> T get(String path, Class<T> type) {
        return read(exchange("GET", path, null, 0, null), type);
    }

    /** POSTs {@code body} as JSON ({@code {}} when null). */
    public <T> T post(String path, Object body, Class<T> type) {
        byte[] json = write(body == null ? Map.of() : body);
        return read(exchange("POST", path, "application/json", json.length, out -> out.write(json)), type);
    }

    /** POSTs a file as the request body, streamed. */
    public <T> T upload(String path, Path file, String contentType, Class<T> type) {
        long size = size(file);
        return read(exchange("POST", path, contentType, size, out -> send(file, size, out)), type);
    }

    /** POSTs a file as the one field of a multipart form, streamed. */
    public <T> T uploadForm(String path, String field, Path file, Class<T> type) {
        String boundary = "emend-" + UUID.randomUUID();
        String fileName = file.getFileName().toString().replaceAll("[\"\\\\\r\n]", "_");
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        long size = size(file);
        return read(exchange("POST", path, "multipart/form-data; boundary=" + boundary, head.length + size + tail.length,
                out -> {
                    out.write(head);
                    send(file, size, out);
                    out.write(tail);
                }), type);
    }

    /** GETs a file into {@code target}, written beside it first and moved there whole: how many bytes. */
    public long download(String path, Path target) {
        HttpURLConnection connection = exchange("GET", path, null, 0, null);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            failUnlessSuccess(connection);
            try (InputStream in = Progress.reading("Receiving " + target.getFileName(), connection.getInputStream(),
                    connection.getContentLengthLong())) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return Files.size(target);
        } catch (IOException e) {
            throw new ClientFailure("Lost the connection to " + settings.url() + " while receiving " + target + ": " + e);
        } finally {
            // A bag cut short is no bag: nothing is left beside the file asked for
            deleteQuietly(partial);
            connection.disconnect();
        }
    }

    /** A query string, values percent-encoded, nulls left out, a list's values each as a parameter of its own. */
    public static String query(Map<String, ?> parameters) {
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                values.forEach(each -> pairs.add(name + "=" + encode(each)));
            } else if (value != null) {
                pairs.add(name + "=" + encode(value));
            }
        });
        return pairs.isEmpty() ? "" : pairs.stream().collect(Collectors.joining("&", "?", ""));
    }

    /** A value as JSON, as the API writes it. */
    public static String json(Object value) {
        return new String(write(value), StandardCharsets.UTF_8);
    }

    /** What a request sends, written to the connection's stream. */
    private interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Sends the request (its body streamed, of a known length) and waits for the answer's status. */
    private HttpURLConnection exchange(String method, String path, String contentType, long length, Body body) {
        URI uri = settings.url().resolve(path);
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setRequestMethod(method);
            connection.setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
            connection.setInstanceFollowRedirects(false);
            connection.setRequestProperty("Accept", "application/json, application/problem+json, */*");
            connection.setRequestProperty("User-Agent", "emend-cli/" + EmendVersion.get());
            if (settings.token() != null) {
                connection.setRequestProperty("Authorization", "Bearer " + settings.token());
            }
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                connection.setFixedLengthStreamingMode(length);
                try (OutputStream out = connection.getOutputStream()) {
                    body.writeTo(out);
                } catch (IOException e) {
                    // The server may answer before it has read the body (a 413, a 401): its answer says why
                    if (connection.getResponseCode() < 400) {
                        throw e;
                    }
                }
            }
            connection.getResponseCode();
            return connection;
        } catch (ConnectException | UnknownHostException | SocketTimeoutException e) {
            throw new ServerUnreachable(settings.url());
        } catch (IOException e) {
            throw new ClientFailure("Lost the connection to " + settings.url() + ": " + e.getMessage());
        }
    }

    private static <T> T read(HttpURLConnection connection, Class<T> type) {
        try {
            failUnlessSuccess(connection);
            try (InputStream body = connection.getInputStream()) {
                return JSON.readValue(body, type);
            } catch (IOException e) {
                throw new ClientFailure(
                        "The answer of " + connection.getURL() + " is not what this command expects: " + e.getMessage());
            }
        } finally {
            connection.disconnect();
        }
    }

    private static void failUnlessSuccess(HttpURLConnection connection) {
        int status;
        try {
            status = connection.getResponseCode();
        } catch (IOException e) {
            throw new ClientFailure("Lost the connection to " + connection.getURL() + ": " + e.getMessage());
        }
        if (status < 300) {
            return;
        }
        String fallback = "HTTP " + status + " from " + connection.getURL();
        InputStream error = connection.getErrorStream();
        if (error == null || connection.getContentType() == null || !connection.getContentType().contains("json")) {
            throw ApiFailure.of(status, fallback, null, List.of());
        }
        try (InputStream body = error) {
            JsonNode problem = JSON.readTree(body);
            List<String> errors = new ArrayList<>();
            problem.path("errors")
                    .forEach(each -> errors.add(each.path("field").asText() + ": " + each.path("message").asText()));
            throw ApiFailure.of(status, problem.path("title").asText(fallback), problem.path("detail").asText(null), errors);
        } catch (IOException e) {
            throw ApiFailure.of(status, fallback, null, List.of());
        }
    }

    /** Copies the file into the request, with a bar of the bytes sent. */
    private static void send(Path file, long size, OutputStream out) throws IOException {
        try (InputStream in = Progress.reading("Sending " + file.getFileName(), Files.newInputStream(file), size)) {
            in.transferTo(out);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for the user to remove; the failure said already is the one that matters
        }
    }

    private static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ClientFailure("Cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
