package org.emend.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the embedded PostgreSQL keeps its data: one place per user, whatever directory Emend is
 * started from, following the XDG base directories ({@code $XDG_DATA_HOME/emend/postgres}, else
 * {@code ~/.local/share/emend/postgres}), unless {@code EMEND_DATABASE_DATA_DIRECTORY} says
 * otherwise. A database in {@code ./data/postgres}, where earlier versions kept it, is used where
 * it is rather than left behind for an empty one.
 */
public final class EmbeddedDataDirectory {

    /** Where earlier versions kept the data, relative to the directory Emend was started from. */
    static final Path EARLIER_DEFAULT = Path.of("data", "postgres");

    private EmbeddedDataDirectory() {
    }

    /** The data directory for this user and these settings. */
    public static Path choose(Optional<String> configured, Optional<String> xdgDataHome, Path userHome,
            Path workingDirectory) {
        if (configured.isPresent()) {
            return Path.of(configured.get());
        }
        Path earlier = workingDirectory.resolve(EARLIER_DEFAULT);
        if (Files.exists(earlier.resolve("PG_VERSION"))) {
            return earlier;
        }
        Path dataHome = xdgDataHome.filter(home -> Path.of(home).isAbsolute()).map(Path::of)
                .orElse(userHome.resolve(".local").resolve("share"));
        return dataHome.resolve("emend").resolve("postgres");
    }

    /** The same, from the process's settings and environment. */
    public static Path choose() {
        return choose(DatabaseLocator.setting("emend.database.data-directory"),
                Optional.ofNullable(System.getenv("XDG_DATA_HOME")).filter(home -> !home.isBlank()),
                Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath());
    }
}
