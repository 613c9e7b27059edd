package org.emend.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.emend.crud.Filter;
import org.emend.crud.Keyset;
import org.emend.crud.ListPage;
import org.emend.crud.Lists;
import org.emend.crud.PageRequest;
import org.emend.persistence.Sha256;
import org.emend.users.Actor;
import org.jboss.logging.Logger;

import io.micrometer.core.annotation.Timed;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;

/** A restore from an uploaded or local archive: unpack, verify, then restore; nothing is written unless all of it holds. */
@ApplicationScoped
public class ArchiveRestores {

    private static final Logger LOG = Logger.getLogger(ArchiveRestores.class);
    private static final Duration LEFTOVER_AGE = Duration.ofHours(6);
    private static final Keyset<RestoreLogEntry> NEWEST_FIRST = Keyset.descending(Keyset.uuid("id", entry -> entry.id));

    private final ArchiveRestore restore;
    private final long maxUnpackedBytes;

    ArchiveRestores(ArchiveRestore restore,
            @ConfigProperty(name = "emend.restore.max-unpacked-size", defaultValue = "20G") MemorySize maxUnpacked) {
        this.restore = restore;
        this.maxUnpackedBytes = maxUnpacked.asLongValue();
    }

    /** A restore killed mid-way leaves its unpacked bag behind: the next start removes it. */
    void removeLeftovers(@Observes StartupEvent start) throws IOException {
        int removed = BagFiles.removeLeftovers(Path.of(System.getProperty("java.io.tmpdir")), LEFTOVER_AGE);
        if (removed > 0) {
            LOG.infof("Removed %d unpacked bag(s) that restores interrupted by a crash left in the temporary folder", removed);
        }
    }

    @Timed(value = "emend.restores", description = "Bags restored (or refused): how many and how long each took")
    public ArchiveRestore.Report restore(Path archive, boolean replace, Actor actor) throws IOException, BagException {
        try (BagFiles bag = BagFiles.unpack(archive, maxUnpackedBytes)) {
            BagVerifier.verify(bag.root());
            // Format 1 is the only one so far: once there are more, older records are upgraded here
            ArchiveFormat.of(bag.root());
            return restore.restore(bag.root(), replace, actor, receipt(archive));
        }
    }

    /** The restore log, newest first. */
    public ListPage<RestoreLogView> log(PageRequest page) {
        return Lists.page(RestoreLogEntry.class, Filter.all(), NEWEST_FIRST, page, RestoreLogView::of);
    }

    private static ArchiveRestore.Receipt receipt(Path archive) throws IOException {
        MessageDigest sha256 = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(archive), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new ArchiveRestore.Receipt(HexFormat.of().formatHex(sha256.digest()), Files.size(archive));
    }
}
