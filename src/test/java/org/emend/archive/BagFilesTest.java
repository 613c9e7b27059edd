package org.emend.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpacking a received bag: archive bombs refused while they stream, leftovers of a crash removed. */
class BagFilesTest {

    @TempDir
    Path temp;

    @Test
    void shouldRefuseAnArchiveThatUnpacksFarBeyondItsSizeWhileItStreams() throws IOException {
        // Some 300 MB of zeros deflate to well under a megabyte
        Path bomb = temp.resolve("bomb.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("bag/data/zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        long leftBefore = bagFolders();

        assertThatThrownBy(() -> BagFiles.unpack(bomb, 20L * 1024 * 1024 * 1024))
                .isInstanceOf(BagException.class)
                .satisfies(
                        e -> assertThat(((BagException) e).problems()).anyMatch(problem -> problem.contains("archive bomb")));
        // Nothing of it stays on disk
        assertThat(bagFolders()).isEqualTo(leftBefore);
    }

    @Test
    void shouldRemoveWhatACrashedRestoreLeftButNotARestoreInProgress() throws IOException {
        Path crashed = Files.createDirectories(temp.resolve(BagFiles.PREFIX + "123").resolve("data"));
        try (OutputStream out = Files.newOutputStream(crashed.resolve("article.json"))) {
            out.write('{');
        }
        Files.setLastModifiedTime(crashed.getParent(), FileTime.from(Instant.now().minus(Duration.ofDays(1))));
        Path running = Files.createDirectories(temp.resolve(BagFiles.PREFIX + "456"));
        Path unrelated = Files.createDirectories(temp.resolve("something-else"));
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minus(Duration.ofDays(1))));

        assertThat(BagFiles.removeLeftovers(temp, Duration.ofHours(6))).isEqualTo(1);

        assertThat(crashed.getParent()).doesNotExist();
        assertThat(running).exists();
        assertThat(unrelated).exists();
    }

    private static long bagFolders() throws IOException {
        try (var children = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return children.filter(path -> path.getFileName().toString().startsWith(BagFiles.PREFIX)).count();
        }
    }
}
