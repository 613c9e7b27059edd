package org.emend.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDataDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void shouldKeepTheDataInOnePlacePerUserWhateverDirectoryEmendStartsFrom() {
        Path home = directory.resolve("home");

        assertThat(EmbeddedDataDirectory.choose(Optional.empty(), Optional.empty(), home, directory.resolve("a")))
                .isEqualTo(home.resolve(".local/share/emend/postgres"))
                .isEqualTo(EmbeddedDataDirectory.choose(Optional.empty(), Optional.empty(), home, directory.resolve("b")));
        assertThat(EmbeddedDataDirectory.choose(Optional.empty(), Optional.of("/srv/data"), home, directory))
                .isEqualTo(Path.of("/srv/data/emend/postgres"));
        // The base directory specification ignores a relative XDG_DATA_HOME
        assertThat(EmbeddedDataDirectory.choose(Optional.empty(), Optional.of("relative"), home, directory))
                .isEqualTo(home.resolve(".local/share/emend/postgres"));
    }

    @Test
    void shouldUseTheConfiguredDirectoryAndADatabaseWhereEarlierVersionsKeptIt() throws Exception {
        Path home = directory.resolve("home");
        assertThat(EmbeddedDataDirectory.choose(Optional.of("/var/lib/emend"), Optional.empty(), home, directory))
                .isEqualTo(Path.of("/var/lib/emend"));

        Path earlier = directory.resolve("data/postgres");
        Files.createDirectories(earlier);
        // An empty ./data/postgres is no database
        assertThat(EmbeddedDataDirectory.choose(Optional.empty(), Optional.empty(), home, directory))
                .isEqualTo(home.resolve(".local/share/emend/postgres"));
        Files.writeString(earlier.resolve("PG_VERSION"), "17\n");
        assertThat(EmbeddedDataDirectory.choose(Optional.empty(), Optional.empty(), home, directory)).isEqualTo(earlier);
    }
}
