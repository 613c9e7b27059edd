package org.emend.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and start-up behaviour of OCR imports ({@code emend.import.*}). */
@ConfigMapping(prefix = "emend.import")
public interface ImportConfig {

    /** Largest dump taken, in bytes (the HTTP API also stops at {@code emend.http.max-body-size}). */
    @WithDefault("64M")
    MemorySize maxBytes();

    /** Most pages taken in one import. */
    @WithDefault("2000")
    int maxPages();

    /** Import the bundled sample on start when the database has no journal yet. */
    @WithDefault("false")
    boolean demo();
}
