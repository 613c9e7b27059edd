package org.emend.client;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where a running Emend answers, and the API token to give it: each from its option, else the
 * environment ({@code EMEND_URL}, {@code EMEND_TOKEN}), else the user's config file
 * ({@code url=}, {@code token=} in {@code $XDG_CONFIG_HOME/emend/client.properties}, by default
 * {@code ~/.config/emend/client.properties}); the address defaults to {@code http://localhost:8080/}.
 */
public record ClientSettings(URI url, String token) {

    static final String DEFAULT_URL = "http://localhost:8080/";

    public static ClientSettings resolve(String urlOption, String tokenOption, Map<String, String> environment,
            Path configFile) {
        Properties file = read(configFile);
        String url = first(urlOption, environment.get("EMEND_URL"), file.getProperty("url"), DEFAULT_URL);
        String token = first(tokenOption, environment.get("EMEND_TOKEN"), file.getProperty("token"), null);
        URI address;
        try {
            address = URI.create(url.endsWith("/") ? url : url + "/");
        } catch (IllegalArgumentException e) {
            throw new ClientFailure("Not an address: " + url);
        }
        if (!"http".equals(address.getScheme()) && !"https".equals(address.getScheme())) {
            throw new ClientFailure("Not an http or https address: " + url);
        }
        return new ClientSettings(address, token == null || token.isBlank() ? null : token.strip());
    }

    /** The user's config file, where the XDG Base Directory specification puts it. */
    public static Path configFile(Map<String, String> environment) {
        String configHome = environment.get("XDG_CONFIG_HOME");
        Path base = configHome != null && !configHome.isBlank() ? Path.of(configHome)
                : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("emend").resolve("client.properties");
    }

    private static Properties read(Path configFile) {
        Properties properties = new Properties();
        if (configFile != null && Files.isRegularFile(configFile)) {
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ClientFailure("Cannot read " + configFile + ": " + e.getMessage());
            }
        }
        return properties;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
