package org.emend.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the command line finds Emend and its token: the option, else the environment, else the config file. */
class ClientSettingsTest {

    @TempDir
    Path directory;

    @Test
    void shouldTakeTheOptionThenTheEnvironmentThenTheConfigFile() throws IOException {
        Path file = directory.resolve("client.properties");
        Files.writeString(file, "url=https://emend.example.org\ntoken=emend_fromFile\n");

        assertThat(ClientSettings.resolve(null, null, Map.of(), file))
                .isEqualTo(new ClientSettings(URI.create("https://emend.example.org/"), "emend_fromFile"));
        assertThat(ClientSettings.resolve(null, null, Map.of("EMEND_URL", "http://h:1", "EMEND_TOKEN", "emend_env"), file))
                .isEqualTo(new ClientSettings(URI.create("http://h:1/"), "emend_env"));
        assertThat(ClientSettings.resolve("http://o:2/", "emend_option", Map.of("EMEND_URL", "http://h:1"), file))
                .isEqualTo(new ClientSettings(URI.create("http://o:2/"), "emend_option"));
    }

    @Test
    void shouldDefaultToLocalhostWithoutAToken() {
        assertThat(ClientSettings.resolve(null, null, Map.of(), directory.resolve("none.properties")))
                .isEqualTo(new ClientSettings(URI.create("http://localhost:8080/"), null));
    }

    @Test
    void shouldFindTheConfigFileWhereXdgPutsIt() {
        assertThat(ClientSettings.configFile(Map.of("XDG_CONFIG_HOME", "/x/config")))
                .isEqualTo(Path.of("/x/config/emend/client.properties"));
        assertThat(ClientSettings.configFile(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "emend", "client.properties"));
    }

    @Test
    void shouldRefuseAnAddressThatIsNotHttp() {
        assertThatThrownBy(() -> ClientSettings.resolve("ftp://h/", null, Map.of(), null))
                .isInstanceOf(ClientFailure.class).hasMessage("Not an http or https address: ftp://h/");
        assertThatThrownBy(() -> ClientSettings.resolve("http://bad host/", null, Map.of(), null))
                .isInstanceOf(ClientFailure.class).hasMessage("Not an address: http://bad host/");
    }
}
