package org.emend.archive;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.users.Actor;

import io.micrometer.core.annotation.Timed;
import io.quarkus.runtime.configuration.MemorySize;

/** A restore from an uploaded or local archive: unpack, verify, then restore; nothing is written unless all of it holds. */
@ApplicationScoped
public class ArchiveRestores {

    private final ArchiveRestore restore;
    private final long maxUnpackedBytes;

    ArchiveRestores(ArchiveRestore restore,
            @ConfigProperty(name = "emend.restore.max-unpacked-size", defaultValue = "20G") MemorySize maxUnpacked) {
        this.restore = restore;
        this.maxUnpackedBytes = maxUnpacked.asLongValue();
    }

    @Timed(value = "emend.restores", description = "Bags restored (or refused): how many and how long each took")
    public ArchiveRestore.Report restore(Path archive, boolean replace, Actor actor) throws IOException, BagException {
        try (BagFiles bag = BagFiles.unpack(archive, maxUnpackedBytes)) {
            BagVerifier.verify(bag.root());
            return restore.restore(bag.root(), replace, actor);
        }
    }
}
